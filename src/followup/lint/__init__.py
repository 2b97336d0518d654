"""The rule checker: rule data in, findings out."""

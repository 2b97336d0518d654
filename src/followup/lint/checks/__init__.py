"""One module per rule type, all of one shape: `run(rule, doc, kind, ctx) -> list[Finding]`."""

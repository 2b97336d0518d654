"""followup: write and check the emails that follow a job interview."""

__version__ = "0.1.0"

"""One module per subcommand; each returns an exit code and keeps heavy imports inside."""

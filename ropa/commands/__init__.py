"""One module per ``ropa`` subcommand; each defines ``register(subparsers)``."""

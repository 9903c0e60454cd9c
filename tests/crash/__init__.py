"""Crash harness: a worker process that edits a register, killed with SIGKILL at random moments."""

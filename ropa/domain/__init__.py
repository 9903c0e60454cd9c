"""Plain data: codes for legal concepts and frozen snapshots of a register."""

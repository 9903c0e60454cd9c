"""Exchange formats: the lossless JSON format of a whole register."""

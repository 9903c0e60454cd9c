"""The activity editor: one form per Art. 30 section, every settled edit saved as an undoable command."""

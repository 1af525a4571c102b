"""The committee in the window: review and opinions, sittings, notes, timeline, my work."""

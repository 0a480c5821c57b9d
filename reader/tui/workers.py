"""Names of the worker groups that write to the library.

The app waits for these before it quits, so a save the user was shown is on disk.
"""

SAVE_GROUP = "save"  # highlights, notes and tags
POSITION_GROUP = "reader-save"  # reading position
IMPORT_GROUP = "library-import"
EXPORT_GROUP = "export"
WRITING_GROUPS = frozenset({SAVE_GROUP, POSITION_GROUP, IMPORT_GROUP, EXPORT_GROUP})

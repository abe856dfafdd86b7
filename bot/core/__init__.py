"""The platform-neutral core: a Question in, an Answer out (conversation.py), the commands
every front end shares, the per-chat order, and the narrators. Nothing here knows a platform."""

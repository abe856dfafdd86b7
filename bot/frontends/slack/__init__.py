"""Slack (slack-bolt AsyncApp): app.py is the front end; the rest is its buttons, charts,
streaming and the assistant surface."""

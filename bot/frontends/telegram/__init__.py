"""Telegram (python-telegram-bot 22): app.py is the front end; the rest is how it sends,
paces, retries and orders."""

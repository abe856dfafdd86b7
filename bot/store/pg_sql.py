"""The PostgreSQL store's statements, each one atomic on its own (bot/store/postgres.py)."""

KEY = "platform=%s AND chat=%s AND thread=%s"
UPSERT = ("INSERT INTO chats (platform, chat, thread, state) VALUES (%s, %s, %s, %s) ON CONFLICT "
          "(platform, chat, thread) DO UPDATE SET state = excluded.state, updated = now()")
ADD_USAGE = """
WITH u AS (INSERT INTO usage VALUES (%(user)s, %(day)s, %(p)s, %(c)s, %(cost)s, 1)
  ON CONFLICT (user_id, day) DO UPDATE SET prompt_tokens = usage.prompt_tokens + excluded.prompt_tokens,
  completion_tokens = usage.completion_tokens + excluded.completion_tokens,
  cost_usd = usage.cost_usd + excluded.cost_usd, requests = usage.requests + 1)
INSERT INTO chat_usage VALUES (%(platform)s, %(chat)s, %(thread)s, %(day)s, %(p)s, %(c)s, %(cost)s, 1)
  ON CONFLICT (platform, chat, thread, day) DO UPDATE SET
  prompt_tokens = chat_usage.prompt_tokens + excluded.prompt_tokens,
  completion_tokens = chat_usage.completion_tokens + excluded.completion_tokens,
  cost_usd = chat_usage.cost_usd + excluded.cost_usd, requests = chat_usage.requests + 1"""
CLAIM = """
INSERT INTO claims VALUES (%(kind)s, %(id)s, now() + make_interval(secs => %(ttl)s))
ON CONFLICT (kind, id) DO UPDATE SET expires = excluded.expires WHERE claims.expires <= now()
RETURNING 1"""
# the request times inside the window, pruned and extended in the same statement, under the
# row lock the conflict takes: concurrent takes of one user queue on it
TAKE = """
INSERT INTO rate_limits AS r VALUES (%(user)s, ARRAY[extract(epoch FROM now())::float8])
ON CONFLICT (user_id) DO UPDATE SET hits = array(SELECT h FROM unnest(r.hits) h
  WHERE h > extract(epoch FROM now()) - %(window)s) || extract(epoch FROM now())::float8
WHERE (SELECT count(*) FROM unnest(r.hits) h WHERE h > extract(epoch FROM now()) - %(window)s)
  < %(limit)s
RETURNING 1"""

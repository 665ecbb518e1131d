"""Reading the demo content's YAML files, with errors that name the file and the key.

Shared by the course loader (``modules.demo_content``) and the assessment loader here. Files
are parsed with ``yaml.safe_load`` (plain data, never Python objects) and then checked against
a small shape: ``str``, ``int`` and ``bool`` for values, ``[shape]`` for a list, a dict for a
mapping with exactly those keys (``optional(shape)`` marks one that may be left out),
``mapping_of(shape)`` for a mapping with free keys (item codes), ``one_of(...)`` for a fixed
set of words and ``ANY`` for what a later check validates (StreamField block values).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
ANY = object()


class DemoContentError(ValueError):
    """A demo data file that cannot be loaded. ``str()`` starts with the file (relative to the
    project) and the key inside it, then says what is wrong."""

    def __init__(self, path: Path, message: str, key: str = ""):
        self.path = shown(path)
        self.key = key
        super().__init__(f"{self.path}: {key}: {message}" if key else f"{self.path}: {message}")


@dataclass(frozen=True)
class _Optional:
    shape: Any


@dataclass(frozen=True)
class _MappingOf:
    shape: Any


@dataclass(frozen=True)
class _OneOf:
    words: tuple[str, ...]


def optional(shape: Any) -> _Optional:
    """A key of a mapping that may be left out."""
    return _Optional(shape)


def mapping_of(shape: Any) -> _MappingOf:
    """A mapping whose keys are free text (item codes) and whose values all have ``shape``."""
    return _MappingOf(shape)


def one_of(*words: str) -> _OneOf:
    """Text that must be one of ``words``."""
    return _OneOf(words)


def shown(path: Path) -> str:
    """``path`` as a reader finds it: relative to the project when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def read(path: Path) -> Any:
    """The YAML document in ``path``. Refuses a file that is missing, not YAML, or repeats a
    key in one mapping (YAML would keep the last one without a word)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DemoContentError(path, "file is missing") from None
    except UnicodeDecodeError as error:
        raise DemoContentError(path, f"not UTF-8 text ({error.reason})") from None
    try:
        _refuse_repeated_keys(path, yaml.compose(text, Loader=yaml.SafeLoader))
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise DemoContentError(path, f"not valid YAML: {_yaml_problem(error)}") from None


def _yaml_problem(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if mark is None:
        return problem
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


def _refuse_repeated_keys(path: Path, node: yaml.Node | None) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    raise DemoContentError(
                        path, f"line {key.start_mark.line + 1}: key {key.value!r} appears twice"
                    )
                seen.add(key.value)
            _refuse_repeated_keys(path, value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_repeated_keys(path, item)


_KINDS = {str: "text", int: "a whole number", bool: "true or false", list: "a list", dict: "keys"}


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    return "a list" if isinstance(value, list) else "keys and values"


def _item_label(key: str, number: int, item: Any) -> str:
    name = (item.get("key") or item.get("slug")) if isinstance(item, dict) else None
    label = f"{key} #{number}"
    return f"{label} ({name})" if isinstance(name, str) else label


def checked(value: Any, shape: Any, *, path: Path, key: str = "") -> Any:
    """``value`` unchanged if it has ``shape``; otherwise a ``DemoContentError`` naming
    ``path`` and the key (``lessons #2 (coercive-control) / minutes``; lists count from 1)."""
    if shape is ANY:
        return value
    if isinstance(shape, _OneOf):
        if value not in shape.words:
            raise DemoContentError(
                path, f"expected one of {', '.join(shape.words)}, got {_kind(value)}", key
            )
        return value
    if isinstance(shape, type):
        wrong = not isinstance(value, shape) or (shape is int and isinstance(value, bool))
        if wrong:
            hint = " (put it in quotes)" if shape is str and value is not None else ""
            raise DemoContentError(path, f"expected {_KINDS[shape]}, got {_kind(value)}{hint}", key)
        return value
    if isinstance(shape, list):
        if not isinstance(value, list):
            raise DemoContentError(path, f"expected a list, got {_kind(value)}", key)
        for number, item in enumerate(value, start=1):
            checked(item, shape[0], path=path, key=_item_label(key, number, item))
        return value
    if not isinstance(value, dict):
        raise DemoContentError(path, f"expected keys and values, got {_kind(value)}", key)
    inner = f"{key} / " if key else ""
    if isinstance(shape, _MappingOf):
        for name, item in value.items():
            checked(name, str, path=path, key=f"{inner}{name}")
            checked(item, shape.shape, path=path, key=f"{inner}{name}")
        return value
    unknown = [name for name in value if name not in shape]
    if unknown:
        raise DemoContentError(
            path, f"unknown key {unknown[0]!r} (allowed here: {', '.join(shape)})", key
        )
    for name, item_shape in shape.items():
        if isinstance(item_shape, _Optional):
            if name in value:
                checked(value[name], item_shape.shape, path=path, key=f"{inner}{name}")
        elif name not in value:
            raise DemoContentError(path, f"missing key {name!r}", key)
        else:
            checked(value[name], item_shape, path=path, key=f"{inner}{name}")
    return value


def refuse_strays(
    folder: Path, expected: Iterable[str], *, why: str, ignore: Iterable[str] = ()
) -> None:
    """Refuse a file or folder in ``folder`` whose name is not in ``expected``: the loader
    would pass it over without a word. ``why`` says where the expected names come from;
    names matching an ``ignore`` pattern (code, documentation) are left alone."""
    allowed = set(expected)
    patterns = tuple(ignore)
    for entry in sorted(folder.iterdir()):
        if any(fnmatch(entry.name, pattern) for pattern in patterns):
            continue
        if entry.name not in allowed:
            raise DemoContentError(entry, f"not expected here: {why}")

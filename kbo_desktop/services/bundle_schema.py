"""Checking bundle records against ``kbo-exchange-v1`` quickly, record by record.

``jsonschema`` takes minutes over a 10,000-producer bundle: it builds a
validator object per keyword per value. The contract uses a small set of
keywords, so :class:`RecordChecker` turns each collection's record schema
into one generated Python function, once, using jsonschema's own format
checkers. These functions answer only "certainly valid"; a record they do
not pass (or a schema with a keyword they do not know) goes to
``jsonschema`` itself, which decides and words the error. So the verdict
and the message are always jsonschema's; only its slowness on good records
is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import jsonschema

Check = Callable[[Any], bool]
_VALIDATOR = jsonschema.Draft202012Validator
_FORMATS = _VALIDATOR.FORMAT_CHECKER
# Keywords that only describe; they never make a value invalid.
_ANNOTATIONS = {"description", "title", "default", "$comment", "examples", "$schema", "$id"}
_OBJECT_KEYWORDS = {"type", "required", "properties", "allOf", "$ref"}
# Exact Python types for JSON types: stricter than jsonschema (which also takes 1.0 as an
# integer and NaN as a number); anything else is left to jsonschema.
_TYPE_EXPR = {
    "string": "type({x}) is str",
    "boolean": "type({x}) is bool",
    "null": "{x} is None",
    "object": "type({x}) is dict",
    "array": "type({x}) is list",
    "integer": "type({x}) is int",
    "number": "(type({x}) is int or type({x}) is float and {x} == {x})",
}
_NUMBER = "(type({x}) is not int and type({x}) is not float or {x} {op} {limit})"
# A UUID in its usual spelling: certainly one for jsonschema's "uuid" format too.
_PLAIN_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch
_MISSING = object()


class UnsupportedSchema(Exception):
    """The schema uses something the generated checks do not handle."""


class _Compiler:
    """Writes the check of a schema as Python source and compiles it."""

    def __init__(self, root: dict[str, Any]):
        self.root = root
        self.namespace: dict[str, Any] = {"_conforms": _FORMATS.conforms, "_uuid": _PLAIN_UUID, "_MISSING": _MISSING}
        self.depth = 0

    def constant(self, value: Any) -> str:
        name = f"_k{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def resolve(self, ref: Any) -> Any:
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise UnsupportedSchema(repr(ref))
        target: Any = self.root
        for part in ref[2:].split("/"):
            target = target[part]
        return target

    def function(self, schema: Any) -> Check:
        name = self.constant(None)
        source = self._object_function(name, schema) if self._is_object(schema) else (
            f"def {name}(x):\n    return {self.expression(schema, 'x')}\n")  # fmt: skip
        exec(compile(source, f"<kbo-exchange check {name}>", "exec"), self.namespace)  # noqa: S102
        return self.namespace[name]  # type: ignore[no-any-return]

    def expression(self, schema: Any, x: str) -> str:
        """Python that is true only when the value named ``x`` certainly satisfies ``schema``."""
        if schema is True or schema == {}:
            return "True"
        if not isinstance(schema, dict):
            raise UnsupportedSchema(repr(schema))
        if self._is_object(schema):
            return f"{self.constant(self.function(schema))}({x})"
        parts: list[str] = []
        for keyword, arg in schema.items():
            if keyword in _ANNOTATIONS:
                continue
            if keyword == "$ref":
                self.depth += 1
                if self.depth > 20:
                    raise UnsupportedSchema("reference loop")
                parts.append(self.expression(self.resolve(arg), x))
                self.depth -= 1
            elif keyword == "allOf":
                parts += [self.expression(sub, x) for sub in arg]
            elif keyword == "type":
                names = [arg] if isinstance(arg, str) else list(arg)
                if not names or any(n not in _TYPE_EXPR for n in names):
                    raise UnsupportedSchema(f"type {arg!r}")
                parts.append("(" + " or ".join(_TYPE_EXPR[n].format(x=x) for n in names) + ")")
            elif keyword == "enum":
                strings = self.constant(frozenset(v for v in arg if type(v) is str))
                null = f" or {x} is None" if None in arg else ""
                parts.append(f"(type({x}) is str and {x} in {strings}{null})")
            elif keyword == "const":
                value = self.constant(arg)
                parts.append(f"(type({x}) is type({value}) and {x} == {value})")
            elif keyword == "minLength":
                parts.append(f"(type({x}) is not str or len({x}) >= {int(arg)})")
            elif keyword == "pattern":
                parts.append(f"(type({x}) is not str or {self.constant(re.compile(arg).search)}({x}) is not None)")
            elif keyword == "format":
                if arg == "uuid":
                    parts.append(f"(type({x}) is str and _uuid({x}) is not None or _conforms({x}, 'uuid'))")
                elif arg in _FORMATS.checkers:
                    parts.append(f"_conforms({x}, {self.constant(arg)})")
                # else: jsonschema does not check that format either
            elif keyword in ("minimum", "maximum"):
                op = ">=" if keyword == "minimum" else "<="
                parts.append(_NUMBER.format(x=x, op=op, limit=self.constant(arg)))
            elif keyword == "items":
                item = self.constant(self.function(arg))
                parts.append(f"(type({x}) is not list or all(map({item}, {x})))")
            else:
                raise UnsupportedSchema(keyword)
        return " and ".join(parts) or "True"

    def _is_object(self, schema: Any) -> bool:
        return isinstance(schema, dict) and ("properties" in schema or "required" in schema or "allOf" in schema)

    def _object_parts(self, schema: Any, parts: list[dict[str, Any]]) -> None:
        """``schema`` and what its allOf/$ref pull in, when all of it is plain object keywords."""
        if not isinstance(schema, dict) or len(parts) > 20:
            raise UnsupportedSchema(repr(schema))
        if any(k not in _OBJECT_KEYWORDS and k not in _ANNOTATIONS for k in schema):
            raise UnsupportedSchema(", ".join(schema))
        if schema.get("type", "object") != "object":
            raise UnsupportedSchema(f"type {schema['type']!r}")
        parts.append(schema)
        for sub in schema.get("allOf", []):
            self._object_parts(sub, parts)
        if "$ref" in schema:
            self._object_parts(self.resolve(schema["$ref"]), parts)

    def _object_function(self, name: str, schema: dict[str, Any]) -> str:
        """One walk over an object's properties for the schema and all its allOf parts."""
        parts: list[dict[str, Any]] = []
        self._object_parts(schema, parts)
        if not any(p.get("type") == "object" for p in parts):
            raise UnsupportedSchema("an object schema that also accepts non-objects")
        required = frozenset(n for p in parts for n in p.get("required", ()))
        properties: dict[str, list[Any]] = {}
        for part in parts:
            for key, sub in part.get("properties", {}).items():
                properties.setdefault(key, []).append(sub)
        lines = [
            f"def {name}(v):",
            "    if type(v) is not dict:",
            "        return False",
            f"    if not v.keys() >= {self.constant(required)}:",
            "        return False",
        ]
        for key, subs in properties.items():
            test = " and ".join(f"({self.expression(sub, 'x')})" for sub in subs)
            lines += [
                f"    x = v.get({key!r}, _MISSING)",
                f"    if x is not _MISSING and not ({test}):",
                "        return False",
            ]
        lines.append("    return True")
        return "\n".join(lines) + "\n"


class RecordChecker:
    """Checks a bundle's top-level properties and its records one by one.

    Args:
        schema: the contract schema (``bundle_reader.contract_schema()``).
    """

    def __init__(self, schema: dict[str, Any]):
        self.schema = schema
        self._validator = _VALIDATOR(schema, format_checker=_FORMATS)
        self._fast: dict[str, Check | None] = {}

    def _record_schema(self, collection: str) -> Any:
        return self.schema["properties"]["records"]["properties"][collection]["items"]

    def fast(self, collection: str) -> Check | None:
        """The quick "certainly valid" test for one collection's records, if it can have one."""
        if collection not in self._fast:
            try:
                self._fast[collection] = _Compiler(self.schema).function(self._record_schema(collection))
            except (KeyError, TypeError, UnsupportedSchema):
                self._fast[collection] = None  # jsonschema decides every record
        return self._fast[collection]

    def header_error(self, skeleton: dict[str, Any]) -> jsonschema.ValidationError | None:
        """The first error of the document without its records (``records`` holds what is not a list)."""
        return jsonschema.exceptions.best_match(self._validator.iter_errors(skeleton))

    def record_error(self, collection: str, item: Any) -> jsonschema.ValidationError | None:
        """jsonschema's verdict on one record of ``collection`` (paths are inside the record)."""
        validator = self._validator.evolve(schema=self._record_schema(collection))
        return jsonschema.exceptions.best_match(validator.iter_errors(item))

"""Python's jsonschema judges documents against the crate's JSON Schema.

Usage: python3 schema_verdicts.py SCHEMA CORPUS

CORPUS holds one JSON document per line. Prints, for each, `1` when the schema accepts it
and `0` when it refuses it, one per line, in order. Run by the Rust test
`schema::python_jsonschema_agrees_with_the_reader` (tests/it/schema.rs); exits 3 when the
`jsonschema` package is missing, so that the test can say so and skip.
"""

import json
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit(3)


def main() -> None:
    schema_path, corpus_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    out = []
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            out.append("1" if validator.is_valid(doc) else "0")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

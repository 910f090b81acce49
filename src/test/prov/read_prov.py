#!/usr/bin/python3
"""Reads a PROV-JSON export with python-prov (the W3C PROV-JSON authors' library) and checks that
every prov:type comes back as a qualified name, not a string, and that the funnel is a
prov:Collection with members. Prints what it read as one JSON object; exits 1 when a check fails,
2 when python-prov is not installed (Debian: apt-get install python3-prov).

Usage: read_prov.py EXPORT.json
"""
import json
import sys

try:
    from prov.identifier import QualifiedName
    from prov.model import (PROV_TYPE, ProvAgent, ProvDerivation, ProvDocument, ProvEntity,
                            ProvMembership)
except ImportError:
    print("python-prov is not installed", file=sys.stderr)
    sys.exit(2)

PROV = "http://www.w3.org/ns/prov#"


def types(record):
    return list(record.get_attribute(PROV_TYPE))


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = ProvDocument.deserialize(content=f.read(), format="json")
    problems = []
    entities = list(doc.get_records(ProvEntity))
    agents = list(doc.get_records(ProvAgent))
    derivations = list(doc.get_records(ProvDerivation))
    typed = entities + agents + derivations
    for record in typed:
        for t in types(record):
            if not isinstance(t, QualifiedName):
                problems.append("%s: type %r read as %s" % (record.identifier, t, type(t).__name__))
    funnels = [e for e in entities if e.identifier.localpart == "funnel"]
    if len(funnels) != 1:
        problems.append("no single f:funnel entity")
    funnel_types = [t.uri for t in types(funnels[0]) if isinstance(t, QualifiedName)] if funnels else []
    if PROV + "Collection" not in funnel_types:
        problems.append("f:funnel is not read as a prov:Collection: %r" % funnel_types)
    members = list(doc.get_records(ProvMembership))
    summary = {
        "funnelTypes": sorted(funnel_types),
        "members": len(members),
        "agentTypes": sorted({t.uri for a in agents for t in types(a)
                              if isinstance(t, QualifiedName)}),
        "derivationTypes": sorted({t.uri for d in derivations for t in types(d)
                                   if isinstance(t, QualifiedName)}),
        "problems": problems,
    }
    print(json.dumps(summary))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

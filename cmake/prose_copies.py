"""The one rule by which every check_reference.py finds prose copied from
Plaid's reference: no run of RUN words of it stands in a file of the
repository. Words are compared in lower case; a token with `_`, `/` or a
backtick is an API literal, which breaks a run instead of joining it."""
import re

RUN = 8
SUFFIXES = (".hpp", ".cpp", ".json", ".md", ".txt", ".cmake", ".py", ".in")


def words(text):
    out = []
    for token in re.split(r"\s+", text.lower()):
        if "_" in token or "/" in token or "`" in token:
            out.append(None)
            continue
        out += re.findall(r"[a-z0-9]+(?:'[a-z]+)?", token)
    return out


def runs(w):
    for i in range(len(w) - RUN + 1):
        gram = tuple(w[i:i + RUN])
        if None not in gram:
            yield gram


def copies(root, prose):
    """One problem for each file under `root` that holds a run of `prose`, a
    dict from each run of the reference to where the run comes from."""
    sources = [root / "README.md"] + [p for top in ("include", "examples", "tests", "cmake") for p in (root / top).rglob("*")
                                      if p.is_file() and p.suffix in SUFFIXES]
    problems = []
    for source in sources:
        for gram in runs(words(source.read_text(encoding="utf-8", errors="replace"))):
            if gram in prose:
                problems.append(f"{source.relative_to(root)}: copies '{' '.join(gram)}' from {prose[gram]}")
                break
    return problems

"""The layers: the core is a library that never loads the CLI or the rendering stack."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT

CORE_CHECK = """
import sys
import newscli
article = newscli.parse(open(sys.argv[1], encoding="utf-8").read())
newscli.summary(article); newscli.quotes(article); newscli.timeline(article); newscli.people(article)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("typer", "rich", "click"))
print(",".join(loaded))
"""


def test_core_never_loads_typer_or_rich() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CORE_CHECK, str(ROOT / "samples" / "seed.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert proc.stdout.strip() == ""


def test_json_output_never_loads_rich() -> None:
    code = "import sys; from newscli.cli import main; sys.argv=['newscli','summary','--json',sys.argv[1]]\n"
    code += "try:\n    main()\nexcept SystemExit:\n    pass\n"
    code += "print([m for m in sys.modules if m.split('.')[0] == 'rich'], file=sys.stderr)"
    proc = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "samples" / "seed.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert proc.stderr.strip() == "[]"


def test_nothing_imports_click() -> None:
    for path in [*(ROOT / "newscli").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] != "click" for a in node.names), path
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] != "click", path

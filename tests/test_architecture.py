"""The package layout keeps the stages in order: no import circles, no reaching ahead.

``pipeline/`` has one package per stage, in the order the data goes through them.
A module may import ``core``, ``store``, its own stage and the stages before it, never
a later stage or ``app``; another stage is used only through its package's public
face (the names in its ``__init__.py`` ``__all__``). The checker reads imports with
``ast`` (function-level and type-only imports included) and is tried on small
made-up trees, so a circle or a reach ahead is known to be caught.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"
# The order of the stages; ``core`` and ``store`` are the shared foundation.
STAGES = ("core", "store", "fetch", "catalog", "extract", "merge", "digest", "render")
STAGES += ("deliver", "archive", "web", "app")
FOUNDATION = {"core", "store"}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def module_names(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module under ``root`` (a package folder)."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def imports_of(path: Path, name: str, known: dict[str, Path]) -> list[tuple[str, str, str]]:
    """(module as written, name, module reached) for each import of the pipeline in ``path``.

    ``from pipeline.deliver import subscribers`` is written against ``pipeline.deliver``
    and reaches the module ``pipeline.deliver.subscribers``.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, "", a.name) for a in node.names if a.name in known]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{module}" if module else base
            if module not in known:
                continue
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                found.append((module, alias.name, sub if sub in known else module))
    return found


def stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def public_face(module: str, known: dict[str, Path]) -> set[str]:
    """The names a stage package offers the others: its ``__all__``."""
    tree = ast.parse(known[module].read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            names |= set(ast.literal_eval(node.value))
    return names


def layering_problems(root: Path) -> list[str]:
    """Every import that breaks the stage order or the public faces, and every circle."""
    known = module_names(root)
    problems: list[str] = []
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        here = stage_of(name)
        for written, item, target in imports_of(path, name, known):
            graph[name].add(target)
            there = stage_of(target)
            if here is None or there is None or here == there:
                continue
            what = f"{name} imports {written}" + (f".{item}" if item else "")
            face = f"{root.name}.{there}"
            if STAGES.index(there) > STAGES.index(here):
                problems.append(f"{what}: {there} comes after {here}")
            elif there not in FOUNDATION and (
                written != face or item not in public_face(face, known)
            ):
                problems.append(f"{what}: not in the public face of {face}")
    problems += [f"import circle: {' -> '.join(c)}" for c in circles(graph)]
    return problems


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One path per import circle (a package importing its own submodules is no circle)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + "."):
                continue  # a package's face importing its own modules
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return found


def test_the_pipeline_keeps_its_stages_in_order_without_circles() -> None:
    assert layering_problems(PIPELINE) == []


def test_every_stage_is_a_folder() -> None:
    folders = {p.name for p in PIPELINE.iterdir() if (p / "__init__.py").is_file()}
    assert set(STAGES) <= folders
    loose = {p.stem for p in PIPELINE.glob("*.py")} - {"__init__", "__main__"}
    assert loose == set(), f"modules outside the stage folders: {sorted(loose)}"


def test_modules_and_functions_stay_small() -> None:
    too_long = []
    for path in sorted(PIPELINE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(PIPELINE.parent)
        if text.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{rel}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{rel}:{node.lineno} {node.name}(): {length} lines")
    assert too_long == []


# ── the checker catches what it should ───────────────────────────────────────


def make_tree(root: Path, files: dict[str, str]) -> Path:
    """A made-up ``pipeline`` package under ``root`` with the given module sources."""
    package = root / "pipeline"
    for rel, source in files.items():
        path = package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in [path.parent, *path.parent.parents]:
            if folder == root:
                break
            (folder / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    return package


FACES = {
    "merge/__init__.py": 'from pipeline.merge.shows import refresh\n__all__ = ["refresh"]\n',
    "merge/shows.py": "from pipeline.core.models import Show\ndef refresh(): ...\n",
    "core/models.py": "class Show: ...\n",
    "digest/__init__.py": '__all__ = ["build"]\nfrom pipeline.digest.issue import build\n',
    "digest/issue.py": "from pipeline.merge import refresh\ndef build(): ...\n",
}


def test_a_well_layered_tree_passes(tmp_path: Path) -> None:
    assert layering_problems(make_tree(tmp_path, FACES)) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"merge/shows.py": "from pipeline.digest import build\ndef refresh(): ..."},
            "pipeline.merge.shows imports pipeline.digest.build: digest comes after merge",
        ),
        (
            {"merge/shows.py": "def refresh():\n    from pipeline.app.cli import main\n",
             "app/cli.py": "def main(): ..."},
            "pipeline.merge.shows imports pipeline.app.cli.main: app comes after merge",
        ),
        (
            {"digest/issue.py": "from pipeline.merge.shows import refresh\ndef build(): ..."},
            "pipeline.digest.issue imports pipeline.merge.shows.refresh: "
            "not in the public face of pipeline.merge",
        ),
        (
            {"core/models.py": "from pipeline.core.names import fold\nclass Show: ...\n",
             "core/names.py": "from pipeline.core.models import Show\ndef fold(): ...\n"},
            "import circle: pipeline.core.models -> pipeline.core.names -> pipeline.core.models",
        ),
    ],
    ids=["later-stage", "app-lazily", "past-the-face", "circle"],
)  # fmt: skip
def test_the_checker_reports_a_broken_rule(
    tmp_path: Path, change: dict[str, str], expected: str
) -> None:
    problems = layering_problems(make_tree(tmp_path, FACES | change))
    assert expected in problems

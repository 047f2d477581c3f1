"""The README documents every command the CLI has."""

from pathlib import Path

from spotted.cli import app, register_commands

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    register_commands()
    names = [command.name for command in app.registered_commands]
    names += [group.name for group in app.registered_groups]
    return [name for name in names if name]


def test_every_command_is_in_the_readme():
    missing = [name for name in command_names() if f"spotted {name}" not in README]
    assert missing == []


def test_the_readme_opens_with_the_two_set_up_commands():
    first_screen = "\n".join(README.splitlines()[:15])
    assert "make demo" in first_screen and "make test" in first_screen

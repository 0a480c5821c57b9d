"""Correcting the analyser from the side panel: `r` on a name, a kind chosen, every article."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.notifications import Notification, Notify
from textual.pilot import Pilot
from textual.widgets import Label, OptionList

from reader.analysis.lexicon import Correction
from reader.analysis.model import Analysis, Entity
from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.dialogs.correct import (
    CorrectDialog,
    corrected_forms,
    plan_correction,
    surface_forms,
)
from reader.tui.dialogs.corrections import CorrectionsDialog, describe, plan_undo
from reader.tui.dialogs.help import key_groups
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.side_panel import SidePanel
from tests.tui.conftest import EVIL_TITLE, SEED_ID, SIZE, build_library, reader, settle
from tests.tui.test_dialogs import DialogHost

NAME = "Jake Sullivan"  # a person the seed article also calls "Sullivan"
FORMS = {"Jake Sullivan", "Sullivan"}


def labels_of(screen: ReaderScreen, name: str) -> set[str]:
    assert screen.analysis is not None
    return {entity.label for entity in screen.analysis.entities if entity.name == name}


def notices(seen: list[Message]) -> list[Notification]:
    return [message.notification for message in seen if isinstance(message, Notify)]


async def move_to(pilot: Pilot[None], options: OptionList, option_id: str) -> None:
    """Press ↓ from the top of `options` until `option_id` is highlighted."""
    await pilot.press("home")
    for _ in range(options.option_count):
        highlighted = options.highlighted_option
        if highlighted is not None and highlighted.id == option_id:
            return
        await pilot.press("down")
    raise AssertionError(f"{option_id} not in the list")


async def open_dialog(pilot: Pilot[None], option_id: str = f"entity:PERSON:{NAME}") -> None:
    """Open the side panel, go to the entity and press `r`."""
    await settle(pilot)
    await pilot.press("p")
    await pilot.pause()
    entities = pilot.app.screen.query_one("#entity-list", OptionList)
    await move_to(pilot, entities, option_id)
    await pilot.press("r")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CorrectDialog)


async def choose(pilot: Pilot[None], choice: str) -> None:
    """Choose `choice` in the open correction dialog with the arrows and Enter."""
    await move_to(pilot, pilot.app.screen.query_one(OptionList), choice)
    await pilot.press("enter")
    await settle(pilot)


async def test_r_then_a_kind_moves_every_form_of_the_name_to_it(library: Library) -> None:
    seen: list[Message] = []
    app = make_app(library, open_article=SEED_ID)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await open_dialog(pilot)
        await choose(pilot, "ORG")
        screen = reader(pilot)
        assert labels_of(screen, NAME) == {"ORG"}
        entities = screen.query_one("#entity-list", OptionList)
        highlighted = entities.highlighted_option
        assert highlighted is not None and highlighted.id == f"entity:ORG:{NAME}"
        assert entities.has_focus
    stored = {c.text: c for c in library.lexicon().corrections}
    assert stored == {form: Correction(form, "ORG", NAME) for form in FORMS}
    assert f"“{NAME}” is now an organisation in every article" in [n.message for n in notices(seen)]


async def test_not_a_name_takes_the_name_out_of_the_article(library: Library) -> None:
    seen: list[Message] = []
    app = make_app(library, open_article=SEED_ID)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await open_dialog(pilot)
        await choose(pilot, "not-a-name")
        screen = reader(pilot)
        assert labels_of(screen, NAME) == set()
        assert f"entity:PERSON:{NAME}" not in screen.query_one(SidePanel)._entities
    stored = {c.text: c for c in library.lexicon().corrections}
    assert stored == {form: Correction(form, None) for form in FORMS}
    assert f"“{NAME}” is not a name — in every article" in [n.message for n in notices(seen)]


async def test_undo_forgets_the_correction_and_the_analyser_decides_again(
    library: Library,
) -> None:
    seen: list[Message] = []
    app = make_app(library, open_article=SEED_ID)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await open_dialog(pilot)
        await choose(pilot, "PLACE")
        assert labels_of(reader(pilot), NAME) == {"PLACE"}
        await pilot.press("r")
        await pilot.pause()
        await choose(pilot, "undo")
        assert labels_of(reader(pilot), NAME) == {"PERSON"}
    assert library.lexicon().corrections == ()
    assert "Correction undone" in [n.message for n in notices(seen)]


async def test_undo_is_offered_only_when_the_name_has_a_correction(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await open_dialog(pilot)
        choices = pilot.app.screen.query_one(OptionList)
        ids = [choices.get_option_at_index(i).id for i in range(choices.option_count)]
        assert ids == ["PERSON", "ORG", "PLACE", "GROUP", "not-a-name"]
        await choose(pilot, "PERSON")  # the kind it has: pinned in every article
        await pilot.press("r")
        await pilot.pause()
        choices = pilot.app.screen.query_one(OptionList)
        assert choices.get_option_at_index(choices.option_count - 1).id == "undo"


async def test_escape_closes_the_dialog_and_changes_nothing(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await open_dialog(pilot)
        before = reader_below(pilot).analysis
        await pilot.press("down", "escape")
        await settle(pilot)
        screen = reader(pilot)
        assert screen.analysis is before
        assert screen.query_one("#entity-list", OptionList).has_focus
    assert library.lexicon().corrections == ()


def reader_below(pilot: Pilot[None]) -> ReaderScreen:
    screen = pilot.app.screen_stack[-2]
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_a_click_on_a_kind_chooses_it(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await open_dialog(pilot)
        choices = pilot.app.screen.query_one(OptionList)
        place_row = 1 + 2  # under the list's top border: Person, Organisation, Place
        await pilot.click(choices, offset=(4, place_row))
        await settle(pilot)
        assert labels_of(reader(pilot), NAME) == {"PLACE"}
    assert {c.label for c in library.lexicon().corrections} == {"PLACE"}


async def test_a_read_only_library_says_so_and_changes_nothing(tmp_path: Path) -> None:
    build_library(tmp_path / "library").close()
    library = Library.open(tmp_path / "library", readonly=True)
    seen: list[Message] = []
    app = make_app(library, open_article=SEED_ID)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await open_dialog(pilot)
        await choose(pilot, "ORG")
        assert labels_of(reader(pilot), NAME) == {"PERSON"}
    errors = [n for n in notices(seen) if n.severity == "error"]
    assert [n.title for n in errors] == ["Not saved"]
    assert "read-only" in errors[0].message
    assert library.lexicon().corrections == ()
    library.close()


async def test_correct_is_a_key_of_the_entity_list_only(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert "r" not in screen.active_bindings
        await pilot.press("p")
        await pilot.pause()
        assert screen.active_bindings["r"].binding.description == "Correct"
        groups = key_groups(pilot.app, screen)
        assert "Correct" in [entry.description for entry in groups["Side panel"]]
        await pilot.press("right")  # the Quotes tab
        await pilot.pause()
        assert "r" not in screen.active_bindings


async def test_the_dialog_shows_a_hostile_name_as_plain_text() -> None:
    dialog = CorrectDialog(EVIL_TITLE, "ORG", [EVIL_TITLE, "x"], undoable=False)
    async with DialogHost(dialog).run_test(size=SIZE) as pilot:
        await pilot.pause()
        name = str(pilot.app.screen.query_one("#correct-name", Label).render())
        assert "[bold red]x[/]" in name and "\x1b" not in name
        assert "now: organisation" in str(pilot.app.screen.query_one("#correct-kind").render())


# -- the pure part ---------------------------------------------------------------------------

TEXT = "Jake Sullivan met Acme. Sullivan left Acme Corp and Sullivan smiled."


def analysis() -> Analysis:
    return Analysis(
        (
            Entity(0, 13, "PERSON", "Jake Sullivan"),
            Entity(18, 22, "ORG", "Acme"),
            Entity(24, 32, "PERSON", "Jake Sullivan"),
            Entity(38, 47, "ORG", "Acme"),
            Entity(52, 60, "PERSON", "Jake Sullivan"),
        )
    )


def test_surface_forms_are_each_written_form_of_that_name_and_label_once() -> None:
    assert surface_forms(TEXT, analysis(), "PERSON", "Jake Sullivan") == (
        "Jake Sullivan",
        "Sullivan",
    )
    assert surface_forms(TEXT, analysis(), "ORG", "Acme") == ("Acme", "Acme Corp")
    assert surface_forms(TEXT, analysis(), "PLACE", "Acme") == ()


def test_a_kind_corrects_every_form_longest_last_with_the_canonical_name() -> None:
    plan = plan_correction("ORG", ["Jake Sullivan", "Sullivan"], "Jake Sullivan")
    assert plan.store == (
        Correction("Sullivan", "ORG", "Jake Sullivan"),
        Correction("Jake Sullivan", "ORG", "Jake Sullivan"),
    )
    assert plan.forget == ()
    assert plan.notice == "“Jake Sullivan” is now an organisation in every article"


def test_not_a_name_stores_no_label_and_undo_forgets_what_was_corrected() -> None:
    plan = plan_correction("not-a-name", ["Evil"], "Evil")
    assert plan.store == (Correction("Evil", None),)
    assert plan.notice == "“Evil” is not a name — in every article"
    undo = plan_correction("undo", ["Evil"], "Evil", corrected=["Evil"])
    assert (undo.store, undo.forget, undo.notice) == ((), ("Evil",), "Correction undone")


def test_notices_show_a_hostile_name_on_one_safe_line() -> None:
    plan = plan_correction("PLACE", ["x"], "[bold]E\x1b[31mvil\nname")
    assert "\x1b" not in plan.notice and "\n" not in plan.notice
    assert plan.notice.startswith("“[bold]E")


def test_corrected_forms_are_the_names_forms_and_corrections_naming_it() -> None:
    corrections = [
        Correction("Sullivan", "ORG", "Jake Sullivan"),
        Correction("J. Sullivan", "PERSON", "Jake Sullivan"),
        Correction("Acme", None),
    ]
    assert corrected_forms(["Jake Sullivan", "Sullivan"], "Jake Sullivan", corrections) == (
        "Sullivan",
        "J. Sullivan",
    )
    assert corrected_forms(["Kim"], "Kim Jong Un", corrections) == ()


async def open_corrections(pilot: Pilot[None]) -> CorrectionsDialog:
    """Press `R` on the reader screen; the list of corrections is on top."""
    await pilot.press("R")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, CorrectionsDialog)
    return dialog


async def test_shift_r_lists_the_corrections_and_enter_undoes_one(library: Library) -> None:
    seen: list[Message] = []
    app = make_app(library, open_article=SEED_ID)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await open_dialog(pilot)
        await choose(pilot, "not-a-name")  # the name leaves the Entities list …
        assert labels_of(reader(pilot), NAME) == set()
        dialog = await open_corrections(pilot)  # … and comes back from the list
        rows = dialog.query_one("#corrections-list", OptionList)
        texts = [str(rows.get_option_at_index(i).prompt) for i in range(rows.option_count)]
        assert texts == ["“Sullivan” — not a name", "“Jake Sullivan” — not a name"]
        await pilot.press("enter")  # undo "Sullivan"
        await settle(pilot)
        assert [c.text for c in library.lexicon().corrections] == ["Jake Sullivan"]
        await open_corrections(pilot)
        await pilot.press("enter")  # and "Jake Sullivan": the analyser decides again
        await settle(pilot)
        assert labels_of(reader(pilot), NAME) == {"PERSON"}
    assert library.lexicon().corrections == ()
    assert "Correction of “Sullivan” undone" in [n.message for n in notices(seen)]


async def test_the_corrections_list_says_when_there_are_none(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = await open_corrections(pilot)
        empty = dialog.query_one("#corrections-empty", Label)
        assert "None yet" in str(empty.render())
        assert empty.region.height >= 2  # wrapped in the box, not cut at its edge
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        groups = key_groups(pilot.app, pilot.app.screen)
        assert "Corrections" in [entry.description for entry in groups["Reader screen"]]


def test_a_correction_reads_as_its_text_its_kind_and_its_name() -> None:
    assert describe(Correction("Evil", None)) == "“Evil” — not a name"
    assert describe(Correction("Sullivan", "PERSON", "Jake Sullivan")) == (
        "“Sullivan” — person (Jake Sullivan)"
    )
    assert describe(Correction("Acme", "ORG", "Acme")) == "“Acme” — organisation"
    assert plan_undo("Evil").forget == ("Evil",)


def test_a_hostile_correction_reads_as_plain_text() -> None:
    line = describe(Correction(EVIL_TITLE, None))
    assert "[bold red]x[/]" in line and "\x1b" not in line and "\n" not in line

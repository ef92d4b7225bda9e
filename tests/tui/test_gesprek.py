"""Het chatscherm als een IB'er het gebruikt: een heel gesprek, wijzigen, voorbeeldzinnen."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, OptionList, TextArea
from tui_hulp import ANTWOORDEN, antwoord, antwoord_voor, chat, maak_sessie

from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.screens.start import StartScherm
from assistent.tui.widgets.beurt import Antwoordbeurt
from assistent.tui.widgets.transcript import Transcript


async def test_een_heel_gesprek_van_de_oppkern_komt_volledig_in_het_sessiebestand(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#naam", Input).value = "Sem"
        app.screen.query_one("#groep", Input).value = "5"
        app.screen.query_one("#naam", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        scherm = chat(app)
        gezien = []
        while scherm.stap is not None:
            vraag_id = scherm.stap.vraag.id
            assert vraag_id not in gezien, f"vraag {vraag_id} komt twee keer"
            gezien.append(vraag_id)
            await antwoord(pilot, antwoord_voor(scherm.stap.vraag))
        assert "klaar" in str(scherm.query_one("#kop").render())
        assert "naam" not in gezien and "groep" not in gezien
        [info] = opslag.lijst(werkruimte.map)
        assert info.sessie is not None
        bewaard = info.sessie.antwoorden
        assert bewaard["uitstroom"] == "vmbo_kb"
        assert bewaard["doelen"] == ANTWOORDEN["doelen"]
        assert bewaard["afwijkingen"] is False
        assert "factoren_toelichting" in info.sessie.overgeslagen
        assert len(scherm.query(Antwoordbeurt)) == len(scherm.gesprek.zichtbaar())


async def test_een_eerder_antwoord_wijzigen_houdt_latere_antwoorden(
    werkruimte: Werkruimte,
) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        assert scherm.stap is not None and scherm.stap.vraag.id == "uitstroom"
        beurt = scherm.query_one(beurt_van("aanleiding"))
        beurt.scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click(beurt)
        await pilot.pause()
        assert scherm.stap.vraag.id == "aanleiding"
        await antwoord(pilot, "Sem leest traag; dat is nu ook bij rekenen te zien.")
        assert scherm.stap is not None and scherm.stap.vraag.id == "uitstroom"
        sessie = opslag.lees(pad)
        assert sessie.antwoorden["aanleiding"].startswith("Sem leest traag; dat")
        assert sessie.antwoorden["onderwijsbehoeften"] == ANTWOORDEN["onderwijsbehoeften"]
        assert "rekenen" in str(scherm.query_one(beurt_van("aanleiding")).render())


def beurt_van(vraag_id: str) -> str:
    return f"Antwoordbeurt.antwoord#antwoord-{vraag_id}"


class FocusVolgendeApp(OppApp):
    """Houdt bij welke widgets de focus kregen."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.gefocust: list[str] = []

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.gefocust.append(type(event.widget).__name__)


async def test_een_heropende_sessie_staat_onderaan_bij_de_huidige_vraag(
    werkruimte: Werkruimte,
) -> None:
    app = FocusVolgendeApp(werkruimte, maak_sessie(werkruimte, tot="uitstroom_gegevens"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        transcript = chat(app).query_one(Transcript)
        assert transcript.max_scroll_y > 0, "het gesprek moet langer zijn dan het scherm"
        assert transcript.scroll_y == transcript.max_scroll_y
        assert "Antwoordbeurt" not in app.gefocust and "Suggesties" not in app.gefocust


async def test_na_een_antwoord_springt_de_focus_niet_naar_een_eerder_antwoord(
    werkruimte: Werkruimte,
) -> None:
    # Verdwijnt het gefocuste invoerwidget, dan gaf Textual de focus aan het widget ervoor (een
    # antwoord in het gesprek) en scrolde het gesprek daarheen, weg van de nieuwe vraag.
    app = FocusVolgendeApp(werkruimte, maak_sessie(werkruimte, tot="uitstroom"))
    async with app.run_test(size=(100, 30)) as pilot:
        await antwoord(pilot, "havo")  # keuzelijst → tekstvak
        await antwoord(pilot, "Op dit moment leest Sem vlot.")  # tekstvak → vinklijst
        transcript = chat(app).query_one(Transcript)
        assert "Antwoordbeurt" not in app.gefocust
        assert transcript.scroll_y == transcript.max_scroll_y


async def test_stop_in_het_antwoordvak_gaat_terug_naar_het_startscherm(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte, maak_sessie(werkruimte, tot="aanleiding"))
    async with app.run_test(size=(100, 30)) as pilot:
        chat(app).query_one("#antwoord", TextArea).load_text("stop")
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert isinstance(app.screen, StartScherm)
        sessies = app.screen.query_one("#sessies", OptionList)
        assert "Sem" in str(sessies.get_option_at_index(0).prompt)


async def test_een_sessie_kiezen_op_het_startscherm_opent_de_chat_bij_de_volgende_vraag(
    werkruimte: Werkruimte,
) -> None:
    maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, StartScherm)
        await pilot.press("enter")  # de eerste sessie in de lijst heeft de focus
        await pilot.pause()
        scherm = chat(app)
        assert scherm.stap is not None and scherm.stap.vraag.id == "uitstroom"

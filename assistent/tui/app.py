"""De Textual-app: klein gehouden. De schermen doen het werk; de kern doet de logica."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from assistent import crashverslag
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.opslag import SessieFout
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.palet import MetOpdrachten
from assistent.tui.screens.chat import ChatScherm

if TYPE_CHECKING:
    from assistent.tui.screens.start import StartScherm

# Het startscherm en de dialogen laden pas als ze nodig zijn: wie een sessie opent, begint in
# de chat, en elke import telt bij de tijd tot de eerste vraag.


class OppApp(App[int]):
    CSS_PATH = Path(__file__).parent / "app.tcss"
    TITLE = "OPP-assistent"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Stoppen", priority=True),
        Binding("f1", "hulp", "Hulp"),
        Binding("ctrl+t", "thema", "Thema", show=False),
        Binding("ctrl+p", "command_palette", "Opdrachten", show=False, priority=True),
    ]

    def __init__(
        self, werkruimte: Werkruimte, sessiepad: Path | None = None, *, vandaag: date | None = None
    ) -> None:
        super().__init__()
        self.werkruimte = werkruimte
        self.sessiepad = sessiepad
        # Een vaste datum voor documenten maakt momentopnamen en tests herhaalbaar.
        self.vandaag = vandaag
        self.theme = "textual-dark"
        self.crash: BaseException | None = None

    def action_command_palette(self) -> None:
        """Het opdrachtenpalet, met een Nederlandse zoektekst."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(CommandPalette(placeholder="Zoek een opdracht…",
                                            id="--command-palette"))

    def on_mount(self) -> None:
        for fout in self.werkruimte.catalogus.fouten:
            self.notify(f"bestand {fout.bestand.name} overgeslagen: {fout.bericht}",
                        severity="warning", timeout=15)
        # Pas na de eerste vraag: de thread mag de start niet vertragen (GIL).
        self.set_timer(0.5, self._warm_op)
        if self.sessiepad is None:
            self._naar_startscherm()
            return
        try:
            gesprek = self.werkruimte.open(self.sessiepad)
        except SessieFout as fout:
            from assistent.tui.dialogs.fout import FoutDialoog

            self._naar_startscherm()
            self.push_screen(FoutDialoog("Deze sessie is niet te openen", str(fout)))
            return
        self.open_chat(gesprek, self.sessiepad)

    def _warm_op(self) -> None:
        """Het woordenboek van de doelcheck laden in een thread, nooit op het startpad."""
        def warm() -> None:
            from assistent.kern import doelcheck

            doelcheck.warm_op()

        self.run_worker(warm, thread=True, group="opwarmen", exit_on_error=False)

    def open_chat(self, gesprek: Gesprek, pad: Path) -> None:
        self.push_screen(ChatScherm(self.werkruimte, gesprek, pad, vandaag=self.vandaag))

    def on_start_scherm_sessie_gekozen(self, bericht: StartScherm.SessieGekozen) -> None:
        self.open_chat(bericht.gesprek, bericht.pad)

    def on_chat_scherm_stop_gevraagd(self, bericht: ChatScherm.StopGevraagd) -> None:
        self.action_naar_start()

    def _naar_startscherm(self) -> None:
        from assistent.tui.screens.start import StartScherm

        self.push_screen(StartScherm(self.werkruimte))

    def _onbewaard(self) -> ChatScherm | None:
        """Het chatscherm met een antwoord dat nog niet op schijf staat, als dat er is."""
        return next((s for s in self.screen_stack if isinstance(s, ChatScherm) and s.onbewaard),
                    None)

    async def action_quit(self) -> None:
        """Stoppen; staat een antwoord nog niet op schijf, dan eerst vragen wat ermee moet."""
        chat = self._onbewaard()
        if chat is None:
            self.exit()
        else:
            chat.vraag_voor_stoppen(self.exit)

    def _handle_exception(self, error: Exception) -> None:
        """Een fout in het programma. Textual toont dan een traceback mét lokale variabelen: de
        antwoorden over een kind. Daar is geen openbare haak voor; hier alleen: onthoud de fout
        (voor `start`) en stuur Textual's eigen weergave naar het geheugen in plaats van de
        terminal. Textual's afhandeling zelf (stoppen, de fout doorgeven in tests) blijft."""
        self.crash = error
        self.error_console = Console(file=io.StringIO())
        super()._handle_exception(error)

    def action_naar_start(self) -> None:
        """Terug naar het startscherm; alles is na elk antwoord al bewaard (anders eerst vragen)."""
        chat = self._onbewaard()
        if chat is not None:
            chat.vraag_voor_stoppen(self._naar_start)
            return
        self._naar_start()

    def _naar_start(self) -> None:
        from assistent.tui.screens.start import StartScherm

        if len(self.screen_stack) > 2 and isinstance(self.screen_stack[-2], StartScherm):
            self.pop_screen()
        else:
            self.switch_screen(StartScherm(self.werkruimte))

    def action_hulp(self) -> None:
        # Pas hier laden: het hulpscherm trekt de Markdown-weergave mee, niet nodig bij de start.
        from assistent.tui.screens.hulp import HulpScherm

        if not isinstance(self.screen, HulpScherm):
            self.push_screen(HulpScherm())

    def action_thema(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Het palet: Textual's eigen opdrachten, dan die van het scherm, dan die van de app."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, MetOpdrachten):
            yield from screen.opdrachten()
        yield SystemCommand("Hulp", "Toetsen en hoe het gesprek werkt (F1)", self.action_hulp)
        yield SystemCommand("Licht of donker thema", "Wissel het kleurenschema (ctrl+t)",
                            self.action_thema)
        yield SystemCommand("Naar het startscherm", "Een andere sessie kiezen",
                            self.action_naar_start)
        yield SystemCommand("Stoppen", "Alles is al bewaard (ctrl+q)", self.action_quit)


def start(werkruimte: Werkruimte, sessiepad: Path | None = None, **opties: Any) -> int:
    """Start de chat; geeft de exitcode terug (`opties` gaan naar `App.run`, voor tests).

    Na een fout in het programma: een kort verslag zonder antwoorden in de gegevensmap en
    afsluitcode `crashverslag.CRASH`, nooit 0.
    """
    app = OppApp(werkruimte, sessiepad)
    uitkomst = app.run(**opties)
    if app.crash is not None:
        return crashverslag.meld(werkruimte.map, app.crash, "chat")
    if isinstance(uitkomst, int):
        return uitkomst
    return app.return_code or 0

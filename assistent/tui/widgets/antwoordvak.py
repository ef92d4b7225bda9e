"""Het antwoordvak: het invoerwidget dat past bij de soort vraag.

tekst/getal/datum → Input; lang → TextArea (versturen met ctrl+j); keuze → OptionList;
meerkeuze → SelectionList; janee → knoppen (ook j/n); lijst → Lijstinvoer; doel → Input met
live doelcheck. Het vak kent de kern niet: het krijgt de vraag en een beginwaarde en stuurt
`Verstuurd` of `OpdrachtGegeven` naar boven.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Input, OptionList, SelectionList, TextArea
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from assistent.kern.vragenlijst.modellen import Vraag
from assistent.kern.vragenlijst.waarden import ANDERS, ANDERS_LABEL, anders_tekst
from assistent.tui.commando import Opdracht, lees_opdracht
from assistent.tui.widgets.berichten import OpdrachtGegeven, Verstuurd
from assistent.tui.widgets.doelweergave import Doelweergave
from assistent.tui.widgets.invoer import Tekstinvoer, Tekstvak
from assistent.tui.widgets.lijstinvoer import Lijstinvoer
from assistent.tui.widgets.vinkjes import Vinklijst

PLAATSHOUDERS = {
    "getal": "Een getal",
    "datum": "Een datum, bijvoorbeeld 15-3-2027",
    "doel": "Wat gaat de leerling doen, hoe vaak of hoeveel, en wanneer kijk je?",
}


def vinktekst(label: str, aan: bool) -> str:
    """Aangevinkt en niet aangevinkt verschillen in teken, niet alleen in kleur."""
    return f"{'✓ ' if aan else '  '}{label}" + (" (aangevinkt)" if aan else "")


def vorm(soort: str) -> str:
    """Soorten met hetzelfde invoerwidget; dat widget hergebruiken we (focus blijft staan)."""
    return "invoer" if soort in ("tekst", "getal", "datum") else soort


class Antwoordvak(Vertical):
    BINDINGS = [
        Binding("ctrl+j,ctrl+enter", "verstuur", "Versturen", key_display="ctrl+j"),
        Binding("j", "janee(True)", "Ja", show=False),
        Binding("n", "janee(False)", "Nee", show=False),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.vraag: Vraag | None = None
        self._vorm: str | None = None

    def compose(self) -> ComposeResult:
        return iter(())

    async def toon(self, vraag: Vraag | None, vooraf: Any = None, naam: str | None = None) -> None:
        """Bouwt het vak opnieuw op voor `vraag` (None: het gesprek is klaar)."""
        self.vraag = vraag
        if vraag is not None and self._hergebruik(vraag, vooraf, naam):
            return
        self._vorm = vorm(vraag.soort) if vraag is not None else None
        focus = self.screen.focused
        if focus is not None and self in focus.ancestors:
            # Anders geeft Textual de focus aan het widget ervoor, vaak een antwoord in het
            # gesprek, en scrolt het gesprek daarheen: dan staat de nieuwe vraag buiten beeld.
            self.screen.set_focus(None)
        await self.remove_children()
        if vraag is None:
            self.display = False
            return
        self.display = True
        widgets = list(self._widgets(vraag, vooraf, naam))
        await self.mount_all(widgets)
        if vraag.soort == "doel" and isinstance(vooraf, str) and vooraf:
            self.query_one(Doelweergave).controleer(vooraf)
        self.focus_invoer()

    def _widgets(self, vraag: Vraag, vooraf: Any, naam: str | None) -> list[Widget]:
        soort = vraag.soort
        if soort == "lang":
            return [Tekstvak(str(vooraf or ""), id="antwoord", soft_wrap=True,
                             tab_behavior="focus", show_line_numbers=False)]
        if soort == "keuze":
            lijst = OptionList(
                *(Option(Content(f"{n}. {o.label}"), id=o.waarde)
                  for n, o in enumerate(vraag.opties, start=1)),
                id="antwoord",
            )
            waarden = [o.waarde for o in vraag.opties]
            lijst.highlighted = waarden.index(vooraf) if vooraf in waarden else 0
            return [lijst]
        if soort == "meerkeuze":
            gekozen = set(vooraf or [])
            eigen = [t for w in (vooraf or []) if (t := anders_tekst(str(w))) is not None]
            return [
                Vinklijst(
                    *(Selection(vinktekst(o.label, o.waarde in gekozen), o.waarde,
                                o.waarde in gekozen) for o in vraag.opties),
                    id="antwoord",
                ),
                # "Anders, namelijk …": een eigen tekst in hetzelfde antwoord (enter verstuurt).
                Tekstinvoer("; ".join(eigen), id="anders", compact=True,
                            placeholder=f"{ANDERS_LABEL[0].upper()}{ANDERS_LABEL[1:]} "
                                        "(eigen tekst, mag leeg)"),
                Button("Klaar (ctrl+j)", id="klaar", variant="primary", compact=True),
            ]
        if soort == "janee":
            return [Horizontal(
                Button("Ja (j)", id="ja", variant="primary" if vooraf is not False else "default"),
                Button("Nee (n)", id="nee", variant="primary" if vooraf is False else "default"),
                id="janee",
            )]
        if soort == "lijst":
            items = list(vooraf) if isinstance(vooraf, list) else []
            return [Lijstinvoer(items, vraag.item == "doel", naam)]
        invoer = Tekstinvoer(str(vooraf or ""), placeholder=PLAATSHOUDERS.get(soort, ""),
                             id="antwoord", select_on_focus=False)
        if soort == "doel":
            return [invoer, Doelweergave(naam, id="doelweergave")]
        return [invoer]

    def _hergebruik(self, vraag: Vraag, vooraf: Any, naam: str | None) -> bool:
        """Zelfde soort tekstvak als de vorige vraag: alleen de inhoud vervangen."""
        if self._vorm != vorm(vraag.soort) or self._vorm not in ("invoer", "doel", "lang"):
            return False
        vak = self.query_one("#antwoord")
        if isinstance(vak, Input):
            vak.value = str(vooraf or "")
            vak.placeholder = PLAATSHOUDERS.get(vraag.soort, "")
            vak.cursor_position = len(vak.value)
        elif isinstance(vak, TextArea):
            vak.load_text(str(vooraf or ""))
        if self._vorm == "doel":
            weergave = self.query_one(Doelweergave)
            weergave.naam = naam
            weergave.controleer(str(vooraf or ""))
        self.focus_invoer()
        return True

    def focus_invoer(self) -> None:
        doelen = self.query("#antwoord, #ja")
        if doelen:
            widget = doelen.first()
            if isinstance(self.vraag, Vraag) and self.vraag.soort == "janee":
                widget = self.query_one("#ja")
            widget.focus()

    def voeg_in(self, tekst: str) -> bool:
        """Voegt een voorbeeldzin in het tekstvak in; daarna is hij gewoon te bewerken."""
        vakken = self.query("#antwoord")
        if not vakken:
            return False
        vak = vakken.first()
        if isinstance(vak, Input):
            vak.value = f"{vak.value.rstrip()} {tekst}".strip()
            vak.cursor_position = len(vak.value)
        elif isinstance(vak, TextArea):
            scheiding = "\n" if vak.text.strip() else ""
            vak.load_text(f"{vak.text.rstrip()}{scheiding}{tekst}")
            vak.move_cursor(vak.document.end)
        else:
            return False
        vak.focus()
        return True

    # --- versturen -----------------------------------------------------------------------------

    def _tekst_versturen(self, tekst: str) -> None:
        opdracht = lees_opdracht(tekst)
        if opdracht is not None:
            if opdracht.fout is None:
                self._maak_leeg()  # anders wordt de volgende invoer "?overslaan"
            self.post_message(OpdrachtGegeven(opdracht))
        elif not tekst.strip() and self.vraag is not None and not self.vraag.verplicht:
            self.post_message(OpdrachtGegeven(Opdracht("overslaan")))
        else:
            self.post_message(Verstuurd(tekst))

    def _maak_leeg(self) -> None:
        vakken = self.query("#antwoord")
        vak = vakken.first() if vakken else None
        if isinstance(vak, Input):
            vak.value = ""
        elif isinstance(vak, TextArea):
            vak.load_text("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "anders":
            self.action_verstuur()
        else:
            self._tekst_versturen(event.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.vraag is not None and self.vraag.soort == "doel":
            self.query_one(Doelweergave).controleer(event.value)

    def on_selection_list_selected_changed(
        self, event: SelectionList.SelectedChanged[str]
    ) -> None:
        if self.vraag is None:
            return
        gekozen = set(event.selection_list.selected)
        for index, optie in enumerate(self.vraag.opties):
            event.selection_list.replace_option_prompt_at_index(
                index, vinktekst(optie.label, optie.waarde in gekozen))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(Verstuurd(event.option.id))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id in ("ja", "nee"):
            self.post_message(Verstuurd(event.button.id == "ja"))
        elif event.button.id == "klaar":
            self.action_verstuur()

    def on_key(self, event: events.Key) -> None:
        # In een keuzelijst kiest een cijfer direct die optie.
        if (self.vraag is not None and self.vraag.soort == "keuze"
                and event.key.isdigit() and event.key != "0"):
            nummer = int(event.key)
            if nummer <= len(self.vraag.opties):
                event.stop()
                self.post_message(Verstuurd(self.vraag.opties[nummer - 1].waarde))

    def action_verstuur(self) -> None:
        vakken = self.query("#antwoord")
        if self.vraag is None or not vakken:
            return
        vak = vakken.first()
        if isinstance(vak, TextArea):
            self._tekst_versturen(vak.text)
        elif isinstance(vak, SelectionList):
            gekozen: list[str] = list(vak.selected)
            eigen = self.query_one("#anders", Input).value.strip()
            if eigen:
                gekozen.append(ANDERS + eigen)
            self.post_message(Verstuurd(gekozen))
        elif isinstance(vak, Input):
            self._tekst_versturen(vak.value)

    def action_janee(self, ja: bool) -> None:
        if self.vraag is not None and self.vraag.soort == "janee":
            self.post_message(Verstuurd(ja))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        soort = self.vraag.soort if self.vraag is not None else None
        if action == "janee":
            return soort == "janee"
        if action == "verstuur":
            return soort in ("lang", "meerkeuze")
        return True

"""The cards reminders show: the post itself and the lists."""

from __future__ import annotations

from datetime import date, datetime

from bot.cards import Button, ButtonStyle, Card, Line, Mention, Strong, Timestamp, text
from bot.reminders.parsing import days_from_str, days_label
from bot.reminders.queries import ReminderInfo
from bot.warmup.variations import VARIATIONS, Variation

TITLE = "Warm-up time"
DEFAULT_TEXT = "Time for the butt-kick warm-up! Loosen up those hamstrings and quads."
LATE_AFTER_SECONDS = 60  # a post this long after its time says so

# A fixed order by date, so every server gets the same drill on a given day (and the button starts it).
_ROTATION = tuple(Variation)


def drill_of_the_day(day: date) -> Variation:
    return _ROTATION[day.toordinal() % len(_ROTATION)]


def when_label(r: ReminderInfo) -> str:
    return f"{r.hour:02d}:{r.minute:02d} {days_label(days_from_str(r.days))} ({r.timezone})"


def where_parts(r: ReminderInfo) -> tuple[str | Mention, ...]:
    """Where a reminder goes and whom it pings: "in #channel for @role", "by DM", "in the console"."""
    where: tuple[str | Mention, ...] = (("by DM",) if r.personal else ("in ", Mention("channel", r.channel_id))
                                        if r.channel_id else ("in the console",))
    return (*where, " for ", Mention("role", r.role_id)) if r.role_id else where


def occurrence_marker(r: ReminderInfo, occurrence: datetime) -> str:
    """How a post's footer starts: the reminder and the local date of its occurrence (an occurrence is
    identified by its local date). Found in the channel's history, it proves the occurrence was posted."""
    return f"Reminder #{r.id} · {occurrence.astimezone(r.schedule.zone).date().isoformat()} ·"


def post_card(r: ReminderInfo, occurrence: datetime, *, late: bool = False, test: bool = False) -> Card:
    local_day = occurrence.astimezone(r.schedule.zone).date()
    drill = VARIATIONS[drill_of_the_day(local_day)]
    lines: list[Line] = [r.message or DEFAULT_TEXT, "",
                         text(Strong("Drill of the day:"), f" {drill.label} — {drill.how}")]
    if late:
        lines.append(text("⏰ Sent late: this was due ", Timestamp(occurrence, "t"), " (", Timestamp(occurrence, "R"),
                          ") while I was offline."))
    buttons: tuple[Button, ...]
    if r.personal:
        buttons = (Button("Snooze 10 min", f"reminder:snooze:{r.id}", emoji="⏰"),
                   Button("Start warm-up", f"reminder:start:{r.id}", ButtonStyle.PRIMARY, emoji="🏃"))
    else:
        buttons = (Button("Start team warm-up", f"reminder:team:{r.id}", ButtonStyle.PRIMARY, emoji="🏃"),)
    marker = f"Test post · Reminder #{r.id} ·" if test else occurrence_marker(r, occurrence)
    footer = f"{marker} {when_label(r)}"
    return Card(title=TITLE, lines=tuple(lines), buttons=buttons, footer=footer)


def list_card(reminders: list[ReminderInfo], now: datetime, *, personal: bool, notice: str | None = None) -> Card:
    """Disabled reminders come first with their reason: this is how admins learn about failures."""
    lines: list[Line] = [f"⚠️ {notice}", ""] if notice else []
    for r in sorted(reminders, key=lambda r: (r.disabled_reason is None, r.id)):
        head = (Strong(f"#{r.id}"), f" · {when_label(r)} ", *where_parts(r))
        if r.disabled_reason:
            lines.append(text("⚠️ ", *head, " — ", Strong("disabled"), f": {r.disabled_reason}. Fix it, then ",
                              Strong(f"/reminder resume {r.id}"), "."))
        elif r.paused:
            lines.append(text("⏸️ ", *head, " — paused"))
        else:
            nxt = r.schedule.next_after(now)
            lines.append(text(*head, " — next ", Timestamp(nxt, "F"), " (", Timestamp(nxt, "R"), ")"))
        if r.message:
            lines.append(f"  “{r.message[:80]}{'…' if len(r.message) > 80 else ''}”")
    if not reminders:
        lines.append("No reminders yet. Add one with " + ("/remindme add." if personal else "/reminder add."))
    title = "Your warm-up reminders" if personal else "Warm-up reminders"
    return Card(title=title, lines=tuple(lines), ephemeral=True)


def added_card(r: ReminderInfo, now: datetime, notice: str | None = None, notes: list[str] | None = None) -> Card:
    """The answer to adding a reminder: where and when it goes, its next time, and how the input was read."""
    nxt = r.schedule.next_after(now)
    where: tuple[str | Mention, ...] = ("by direct message",) if r.personal else (
        ("in ", Mention("channel", r.channel_id)) if r.channel_id else ("in the console",))
    who: tuple[str | Mention, ...] = (", mentioning ", Mention("role", r.role_id)) if r.role_id else ()
    lines: list[Line] = [text("Reminder ", Strong(f"#{r.id}"), f": {when_label(r)} ", *where, *who, "."),
                         text("Next: ", Timestamp(nxt, "F"), " (", Timestamp(nxt, "R"), ").")]
    lines += [f"ℹ️ {note}" for note in notes or ()]  # a bare "6", a fixed UTC offset
    if notice:
        lines.insert(0, f"⚠️ {notice}\n")
    return Card(title="Reminder saved", lines=tuple(lines), ephemeral=True)


def reply_card(line: Line, notice: str | None = None) -> Card:
    """A one-line answer to a reminder command or button, after the member's pending notice if there is one."""
    return Card(title="Reminders", lines=((f"⚠️ {notice}", "", line) if notice else (line,)), ephemeral=True)

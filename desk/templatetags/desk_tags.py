"""The desk's dashboard panels: `{% next_up as articles %}`, `{% in_review as … %}`."""

from django import template

from desk import agenda

register = template.Library()


@register.simple_tag
def next_up(limit=agenda.PANEL_LENGTH):
    return agenda.next_up(limit)


@register.simple_tag
def in_review(limit=agenda.PANEL_LENGTH):
    return agenda.waiting_for_review(limit)

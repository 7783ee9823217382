"""`python -m extract.evaluate event-time DIR`: gold event–time links against the real engine."""

from __future__ import annotations

import pytest

from extract.evaluate.__main__ import main

BODY = (
    'Israel <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> Gaza on '
    '<TIMEX3 tid="t1" type="DATE" value="1998-11-16">Monday</TIMEX3>. '
    'The <EVENT eid="e2" class="OCCURRENCE">storm</EVENT> ended in '
    '<TIMEX3 tid="t2" type="DATE" value="1998-10">October</TIMEX3>.'
    '<MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" eventID="e2"/>'
    '{links}'
)


@pytest.mark.parametrize(("links", "expected"), [
    # the attack is dated on its Monday; the storm is no event the system reports
    ('<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>'
     '<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2"/>',
     ("2", "0.5000 (1)", "1.0000 (1)")),
    # the inverse link type, written from the time's side, counts the same
    ('<TLINK lid="l1" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1"/>', ("1", "1.0000 (1)",
                                                                                         "1.0000 (1)")),
    # a wrong date: the link says the attack was in October
    ('<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t2"/>', ("1", "1.0000 (1)",
                                                                                          "0.0000 (0)")),
    # BEFORE is not a dating link
    ('<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>', ("0", "- (0)", "- (0)")),
])
def test_event_time_scores(capsys, write_timeml, links, expected):
    path = write_timeml("docs/a.tml", BODY.format(links=links))
    assert main(["event-time", str(path.parent)]) == 0
    lines = capsys.readouterr().out.splitlines()
    got = (lines[0].split(":")[1].strip(), lines[1].split(":")[1].strip(), lines[2].split(":")[1].strip())
    assert got == expected

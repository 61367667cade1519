"""Write the bundled example inspections from the seed texts (src/carewales/data/examples/).

Built only from what the seed texts state; dates they do not give are left empty.
The Welsh is the seed's own; English renderings of Welsh-only text (seed 001) are
the developers' translations, and the Welsh of English-only text (seed 004's English
release has its own Welsh version, used here).
Run: python scripts/make_examples.py
"""

import datetime as dt
from pathlib import Path

from carewales import Bilingual as B  # noqa: N817 (the text reads better)
from carewales import authority, to_json
from carewales.inspections import (
    ActivityKind,
    DateRange,
    Direction,
    Finding,
    FindingKind,
    ImprovementPlan,
    Inspection,
    Inspectorate,
    Judgement,
    PlannedActivity,
    Priority,
    Reference,
    ServiceArea,
    Theme,
)

OUT = Path(__file__).parent.parent / "src" / "carewales" / "data" / "examples"

# Seed 001: CIW's monitoring letter to Wrexham County Borough Council (Welsh text).
wrexham = Inspection(
    id="wrexham-2021-monitoring",
    authority=authority("W06000006"),
    inspectorate=Inspectorate.CIW,
    kind=ActivityKind.MONITORING_ACTIVITY,
    service_area=ServiceArea.CHILDREN,
    fieldwork=DateRange(dt.date(2021, 11, 15), dt.date(2021, 11, 19)),
    published=None,  # "Mae cyhoeddiad heddiw": the letter does not give the date
    summary=(
        B(
            "That means services were consistently failing to meet statutory duties, but "
            "children were not without support and were not at immediate risk of harm or abuse.",
            "Mae hynny'n golygu bod gwasanaethau yn methu'n gyson i fodloni dyletswyddau "
            "statudol, ond nad oedd y plant heb gymorth ac nad oeddent mewn perygl uniongyrchol "
            "o niwed na chamdriniaeth.",
        ),
        B(
            "From the evidence gathered during the latest monitoring visit in November 2021, "
            "we concluded that Wrexham children's social services continue to make improvements.",
            "O'r dystiolaeth a gasglwyd yn ystod yr ymweliad monitro diweddaraf ym mis Tachwedd "
            "2021, daethom i'r casgliad bod gwasanaethau cymdeithasol plant Wrecsam yn parhau i "
            "wneud gwelliannau.",
        ),
    ),
    judgement=Judgement(
        direction=Direction.IMPROVING,
        text=B("continue to make improvements", "yn parhau i wneud gwelliannau"),
    ),
    follows=(
        Reference(
            kind=ActivityKind.INSPECTION,
            when=DateRange.month(2020, 10),
            judgement=Judgement(
                level=B("inadequate", "annigonol"),
                direction=Direction.IMPROVING,
                direction_text=B(
                    "with early indicators of improvement", "gyda dangosyddion cynnar o welliant"
                ),
                # the letter's own words: services *remain* inadequate
                text=B(
                    "still inadequate, with early indicators of improvement",
                    "yn parhau i fod yn annigonol gyda dangosyddion cynnar o welliant",
                ),
            ),
        ),
        Reference(kind=ActivityKind.REVIEW, when=DateRange.month(2021, 4)),
    ),
    findings=(
        Finding(
            B(
                "Legal gateway meetings reviewed were positive, well managed and gave "
                "practitioners appropriate advice and guidance.",
                "Roedd cyfarfodydd pyrth cyfreithiol a adolygwyd yn gadarnhaol, wedi'u rheoli'n "
                "dda ac yn rhoi cyngor a chanllawiau priodol i ymarferwyr.",
            ),
            FindingKind.STRENGTH,
        ),
        Finding(
            B(
                "The accelerated improvement board is working effectively to drive improvements "
                "across children's services.",
                "Mae'r bwrdd gwella carlam yn gweithio mewn ffordd effeithiol i ysgogi "
                "gwelliannau ledled y gwasanaethau plant.",
            ),
            FindingKind.STRENGTH,
            Theme.LEADERSHIP,
        ),
        Finding(
            B(
                "Senior leaders were able to show a better understanding of the pressures front-"
                "line social care practitioners face, and of the leadership and management needed "
                "to make sure services operate to a high standard.",
                "Roedd uwch-arweinwyr yn gallu arddangos dealltwriaeth well o'r pwysau a wynebir "
                "gan ymarferwyr gofal cymdeithasol y rheng flaen a'r arweinyddiaeth a'r rheolaeth "
                "sydd eu hangen i sicrhau bod gwasanaethau'n gweithredu i safon uchel.",
            ),
            FindingKind.STRENGTH,
            Theme.LEADERSHIP,
        ),
        Finding(
            B(
                "Child protection referrals trigger safeguarding mechanisms appropriately and "
                "support the sharing of relevant information between the police, education and "
                "children's services.",
                "Mae atgyfeiriadau amddiffyn plant yn sbarduno mecanweithiau diogelu mewn modd "
                "priodol ac yn cefnogi dulliau rhannu gwybodaeth berthnasol rhwng yr heddlu, maes "
                "addysg a gwasanaethau plant.",
            ),
            FindingKind.STRENGTH,
            Theme.SAFEGUARDING,
        ),
    ),
    priorities=(
        Priority(
            "P1",
            B(
                "Social workers must visit children within statutory timescales. Managers must "
                "address any lapses in statutory duties in real time, to make sure risks are "
                "managed and children benefit from their supervision and professional support.",
                "Mae'n rhaid i weithwyr cymdeithasol ymgymryd ag ymweliadau â phlant o fewn "
                "amserlenni statudol. Mae'n rhaid i reolwyr fynd i'r afael ag unrhyw gamgymeriadau "
                "mewn dyletswyddau statudol mewn amser real er mwyn sicrhau y caiff risgiau eu "
                "rheoli a bod plant yn elwa ar eu goruchwyliaeth a chymorth proffesiynol.",
            ),
            Theme.SAFEGUARDING,
        ),
        Priority(
            "P2",
            B(
                "The rigour and impact of management oversight must be sufficient to make sure "
                "children are not missed and that the local authority's intervention in family "
                "life is grounded in good practice. Social workers and managers must work openly "
                "with families as partners. A plan must be developed for every child, and children "
                "protected from foreseeable harm.",
                "Mae'n rhaid i lymder ac effaith goruchwyliaeth gan reolwyr fod yn ddigonol i "
                "sicrhau nad yw plant yn cael eu colli a bod ymyrraeth yr awdurdod lleol mewn "
                "bywyd teuluol wedi'i hymwreiddio mewn arferion da. Mae'n rhaid i weithwyr "
                "cymdeithasol a rheolwyr weithio'n agored gyda theuluoedd fel partneriaid. Mae'n "
                "rhaid datblygu cynllun i bob plentyn ac amddiffyn plant rhag niwed rhagweledig.",
            ),
            Theme.LEADERSHIP,
        ),
        Priority(
            "P3",
            B(
                "Managers must make sure that growing concerns about child neglect and domestic "
                "abuse, evidenced by repeat referrals, are always recognised and lead to offers "
                "of support and effective interventions to prevent long-term harm and neglect.",
                "Mae'n rhaid i reolwyr sicrhau bod pryderon cynyddol am esgeulustod plant a "
                "cham-drin domestig, y gwelir tystiolaeth ohonynt trwy atgyfeiriadau ailadroddus, "
                "yn cael eu cydnabod bob amser ac yn arwain at gynigion o gymorth ac ymyriadau "
                "effeithiol i atal niwed ac esgeulustod hirdymor.",
            ),
            Theme.PREVENTION,
        ),
    ),
    next_steps=(
        B(
            "We have drawn the local authority's attention to our findings.",
            "Rydym wedi tynnu sylw'r awdurdod lleol at ein canfyddiadau.",
        ),
        B(
            "We will monitor progress through ongoing performance evaluation activity.",
            "Byddwn yn monitro cynnydd drwy weithgarwch gwerthuso perfformiad parhaus.",
        ),
        B(
            "We intend to carry out a further follow-up inspection in 2022.",
            "Ein bwriad yw ymgymryd ag arolygiad dilynol pellach yn 2022.",
        ),
    ),
    planned=(
        PlannedActivity(
            ActivityKind.FOLLOW_UP_INSPECTION,
            DateRange(dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
            B("A further follow-up inspection in 2022", "Arolygiad dilynol pellach yn 2022"),
        ),
    ),
)

# Seed 004: CSSIW's inspection of Powys County Council children's services (bilingual release).
powys = Inspection(
    id="powys-2017-inspection",
    authority=authority("W06000023"),
    inspectorate=Inspectorate.CIW,  # then named CSSIW / AGGCC
    kind=ActivityKind.INSPECTION,
    service_area=ServiceArea.CHILDREN,
    fieldwork=DateRange.month(2017, 7),  # "In July 2017"
    published=None,  # "published today": the release does not give the date
    title=B(
        "Powys County Council children's services must improve following inspection",
        "Mae'n rhaid i wasanaethau plant Cyngor Sir Powys wella yn dilyn arolygiad",
    ),
    summary=(
        B(
            "The report finds a number of serious concerns and that children and young people "
            "are not well served by the current arrangements for accessing support services in "
            "Powys.",
            "Mae'r adroddiad yn canfod nifer o bryderon difrifol, ac nad yw plant a phobl ifanc yn "
            "cael eu cefnogi'n dda gan y trefniadau ar hyn o bryd o ran cael mynediad at "
            "wasanaethau cymorth ym Mhowys.",
        ),
    ),
    findings=(
        Finding(
            B(
                "Significant changes to leadership and management arrangements in children's "
                "services, with only interim appointments in place, have disrupted the workforce "
                "and as a result the service provided to children and their families.",
                "Mae newidiadau sylweddol i drefniadau gwasanaethau plant o ran arweinyddiaeth a "
                "rheolaeth, gydag apwyntiadau dros dro ar waith yn unig, wedi tarfu ar y "
                "gweithlu, a'r gwasanaethau a ddarperir i blant a'u teuluoedd o ganlyniad.",
            ),
            FindingKind.SERIOUS_CONCERN,
            Theme.LEADERSHIP,
        ),
        Finding(
            B(
                "A lack of assessment, care and support planning combined with an inconsistent "
                "approach to working in line with the child sexual exploitation guidance and the "
                "management of sexual exploitation and risk assessment framework process placed "
                "children at risk of harm.",
                "Roedd diffyg cynllunio ar gyfer asesu, gofal a chymorth, ynghyd â dull anghyson o "
                "weithio yn unol â chanllawiau cam-fanteisio'n rhywiol ar blant a rheoli proses y "
                "fframwaith cam-fanteisio'n rhywiol ac asesu risg yn rhoi plant mewn perygl o "
                "niwed.",
            ),
            FindingKind.SERIOUS_CONCERN,
            Theme.SAFEGUARDING,
        ),
        Finding(
            B(
                "Child protection processes did not always comply with statutory guidance, with "
                "delays in investigations and assessments being undertaken and in completing "
                "statutory visits.",
                "Nid oedd prosesau amddiffyn plant bob amser yn cydymffurfio â'r canllawiau "
                "statudol, gydag oediadau o ran yr ymchwiliadau a'r asesiadau a oedd yn cael eu "
                "cynnal ac o ran cwblhau ymweliadau statudol.",
            ),
            FindingKind.MUST_IMPROVE,
            Theme.SAFEGUARDING,
        ),
        Finding(
            B(
                "Staff have shown commitment, resilience and professionalism whilst coping with "
                "significant changes in leadership and management.",
                "Mae staff yn dangos ymrwymiad, gwytnwch a phroffesiynoldeb wrth ymdopi â "
                "newidiadau sylweddol o ran arweinyddiaeth a rheolaeth.",
            ),
            FindingKind.STRENGTH,
            Theme.WORKFORCE,
        ),
        Finding(
            B(
                "There are serious performance issues with front-line services arising from "
                "instability in management, poor and confused direction and weak governance.",
                "Mae problemau perfformio difrifol o ran y gwasanaethau rheng flaen yn codi "
                "oherwydd y rheolaeth ansefydlog, arweiniad gwael a dryslyd, a llywodraethu gwan.",
            ),
            FindingKind.SERIOUS_CONCERN,
            Theme.LEADERSHIP,
        ),
    ),
    next_steps=(
        B(
            "Since the inspection, CSSIW has been in close discussion with the chief executive "
            "and senior officers of Powys County Council to ensure urgent action is taken to "
            "improve children's services.",
            "Ers yr arolygiad, mae AGGCC wedi cynnal trafodaethau agos â'r prif weithredwr ac "
            "uwch-swyddogion yng Nghyngor Sir Powys er mwyn sicrhau bod camau gweithredu brys yn "
            "cael eu cymryd er mwyn gwella gwasanaethau plant.",
        ),
        B(
            "The improvement plan will be closely monitored as part of CSSIW's programme of "
            "inspection, engagement and performance review.",
            "Bydd y cynllun yn cael ei fonitro'n agos fel rhan o raglen arolygu, ymgysylltu ac "
            "adolygu perfformiad AGGCC.",
        ),
    ),
    improvement_plan=ImprovementPlan(working_days=20),
)

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, item in (("wrexham-2021", wrexham), ("powys-2017", powys)):
        (OUT / f"{name}.json").write_text(to_json(item, indent=1) + "\n", encoding="utf-8")

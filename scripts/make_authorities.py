"""Write src/carewales/data/authorities.json from the tables below.

Sources: ONS Register of Geographic Codes (W06 codes for the 22 principal areas);
Local Government (Wales) Act 1994, Schedule 1 (the areas and their Welsh names);
the councils' own bilingual names, with the Welsh council names of Swansea
("Cyngor Dinas a Sir Abertawe") and Cardiff ("Cyngor Caerdydd") and their Welsh
aliases taken from the councils' own Welsh pages; the Partnership Arrangements
(Wales) Regulations 2015 (SI 2015/1989 (W. 299)), Schedule, for regional
partnership board areas, and the 1 April 2019 boundary change that moved Bridgend
from the Western Bay (now West Glamorgan) region to Cwm Taf Morgannwg.
Welsh names are written with the curly apostrophe (’), as in "Caerdydd a’r Fro".
NON_COUNCIL_BODIES and OTHER_PLACES list names that contain a council's name but
do not name the council; the library blocks them when searching text.
Run: python scripts/make_authorities.py
"""

import json
from pathlib import Path

RPB_START = "2016-04-06"  # Social Services and Well-being (Wales) Act 2014, Part 9, in force
BRIDGEND_MOVE = "2019-04-01"

REGIONS = [
    ("north-wales", "North Wales", "Gogledd Cymru", []),
    ("west-wales", "West Wales", "Gorllewin Cymru", []),
    (
        "west-glamorgan",
        "West Glamorgan",
        "Gorllewin Morgannwg",
        [("Western Bay", "Bae’r Gorllewin")],
    ),
    ("cwm-taf-morgannwg", "Cwm Taf Morgannwg", "Cwm Taf Morgannwg", [("Cwm Taf", "Cwm Taf")]),
    ("cardiff-and-vale", "Cardiff and Vale", "Caerdydd a’r Fro", []),
    ("gwent", "Gwent", "Gwent", []),
    ("powys", "Powys", "Powys", []),
]

# code, name en, name cy, council en, council cy, kind, region, aliases en, aliases cy
AUTHORITIES = [
    (
        "W06000001",
        "Isle of Anglesey",
        "Ynys Môn",
        "Isle of Anglesey County Council",
        "Cyngor Sir Ynys Môn",
        "county",
        "north-wales",
        ["Anglesey"],
        ["Sir Fôn"],
    ),
    (
        "W06000002",
        "Gwynedd",
        "Gwynedd",
        "Gwynedd Council",
        "Cyngor Gwynedd",
        "county",
        "north-wales",
        [],
        [],
    ),
    (
        "W06000003",
        "Conwy",
        "Conwy",
        "Conwy County Borough Council",
        "Cyngor Bwrdeistref Sirol Conwy",
        "county-borough",
        "north-wales",
        [],
        [],
    ),
    (
        "W06000004",
        "Denbighshire",
        "Sir Ddinbych",
        "Denbighshire County Council",
        "Cyngor Sir Ddinbych",
        "county",
        "north-wales",
        [],
        [],
    ),
    (
        "W06000005",
        "Flintshire",
        "Sir y Fflint",
        "Flintshire County Council",
        "Cyngor Sir y Fflint",
        "county",
        "north-wales",
        [],
        [],
    ),
    (
        "W06000006",
        "Wrexham",
        "Wrecsam",
        "Wrexham County Borough Council",
        "Cyngor Bwrdeistref Sirol Wrecsam",
        "county-borough",
        "north-wales",
        [],
        [],
    ),
    (
        "W06000008",
        "Ceredigion",
        "Ceredigion",
        "Ceredigion County Council",
        "Cyngor Sir Ceredigion",
        "county",
        "west-wales",
        [],
        [],
    ),
    (
        "W06000009",
        "Pembrokeshire",
        "Sir Benfro",
        "Pembrokeshire County Council",
        "Cyngor Sir Penfro",
        "county",
        "west-wales",
        [],
        ["Sir Penfro"],
    ),
    (
        "W06000010",
        "Carmarthenshire",
        "Sir Gaerfyrddin",
        "Carmarthenshire County Council",
        "Cyngor Sir Gâr",
        "county",
        "west-wales",
        [],
        ["Sir Gâr", "Cyngor Sir Caerfyrddin"],
    ),
    (
        "W06000011",
        "Swansea",
        "Abertawe",
        "City and County of Swansea",
        "Cyngor Dinas a Sir Abertawe",
        "city-and-county",
        "west-glamorgan",
        ["Swansea Council"],
        ["Cyngor Abertawe", "Dinas a Sir Abertawe"],
    ),
    (
        "W06000012",
        "Neath Port Talbot",
        "Castell-nedd Port Talbot",
        "Neath Port Talbot County Borough Council",
        "Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot",
        "county-borough",
        "west-glamorgan",
        ["Neath Port Talbot Council"],
        ["Cyngor Castell-nedd Port Talbot"],
    ),
    (
        "W06000013",
        "Bridgend",
        "Pen-y-bont ar Ogwr",
        "Bridgend County Borough Council",
        "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr",
        "county-borough",
        None,
        [],
        [],
    ),
    (
        "W06000014",
        "Vale of Glamorgan",
        "Bro Morgannwg",
        "Vale of Glamorgan Council",
        "Cyngor Bro Morgannwg",
        "county-borough",
        "cardiff-and-vale",
        [],
        [],
    ),
    (
        "W06000015",
        "Cardiff",
        "Caerdydd",
        "City and County of Cardiff",
        "Cyngor Caerdydd",
        "city-and-county",
        "cardiff-and-vale",
        ["Cardiff Council"],
        ["Cyngor Dinas a Sir Caerdydd", "Dinas a Sir Caerdydd"],
    ),
    (
        "W06000016",
        "Rhondda Cynon Taf",
        "Rhondda Cynon Taf",
        "Rhondda Cynon Taf County Borough Council",
        "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf",
        "county-borough",
        "cwm-taf-morgannwg",
        ["Rhondda Cynon Taff"],
        [],
    ),
    (
        "W06000018",
        "Caerphilly",
        "Caerffili",
        "Caerphilly County Borough Council",
        "Cyngor Bwrdeistref Sirol Caerffili",
        "county-borough",
        "gwent",
        [],
        [],
    ),
    (
        "W06000019",
        "Blaenau Gwent",
        "Blaenau Gwent",
        "Blaenau Gwent County Borough Council",
        "Cyngor Bwrdeistref Sirol Blaenau Gwent",
        "county-borough",
        "gwent",
        [],
        [],
    ),
    (
        "W06000020",
        "Torfaen",
        "Tor-faen",
        "Torfaen County Borough Council",
        "Cyngor Bwrdeistref Sirol Torfaen",
        "county-borough",
        "gwent",
        [],
        [],
    ),
    (
        "W06000021",
        "Monmouthshire",
        "Sir Fynwy",
        "Monmouthshire County Council",
        "Cyngor Sir Fynwy",
        "county",
        "gwent",
        [],
        [],
    ),
    (
        "W06000022",
        "Newport",
        "Casnewydd",
        "Newport City Council",
        "Cyngor Dinas Casnewydd",
        "city",
        "gwent",
        [],
        [],
    ),
    (
        "W06000023",
        "Powys",
        "Powys",
        "Powys County Council",
        "Cyngor Sir Powys",
        "county",
        "powys",
        [],
        [],
    ),
    (
        "W06000024",
        "Merthyr Tydfil",
        "Merthyr Tudful",
        "Merthyr Tydfil County Borough Council",
        "Cyngor Bwrdeistref Sirol Merthyr Tudful",
        "county-borough",
        "cwm-taf-morgannwg",
        ["Merthyr"],
        [],
    ),
]

# Bodies whose names contain a place name but which are not the council.
NON_COUNCIL_BODIES = [
    ("Dyfed-Powys Police", "Heddlu Dyfed-Powys", ["Dyfed-Powys"], ["Dyfed-Powys"]),
    ("Powys Teaching Health Board", "Bwrdd Iechyd Addysgu Powys", [], []),
    (
        "Cardiff and Vale University Health Board",
        "Bwrdd Iechyd Prifysgol Caerdydd a’r Fro",
        ["Cardiff and Vale"],
        ["Caerdydd a’r Fro"],
    ),
    (
        "Swansea Bay University Health Board",
        "Bwrdd Iechyd Prifysgol Bae Abertawe",
        ["Swansea Bay"],
        ["Bae Abertawe"],
    ),
    ("Cardiff University", "Prifysgol Caerdydd", [], []),
    ("Cardiff Metropolitan University", "Prifysgol Metropolitan Caerdydd", [], []),
    ("Swansea University", "Prifysgol Abertawe", [], []),
    (
        "Wrexham University",
        "Prifysgol Wrecsam",
        ["Wrexham Glyndŵr University"],
        ["Prifysgol Glyndŵr Wrecsam"],
    ),
]

# Places outside Wales whose names contain a council's name; same name in both languages.
OTHER_PLACES = [
    "Newport Pagnell",
    "Newport Beach",
    "Newport News",
    "Newport-on-Tay",
    "Newport, Isle of Wight",
    "Newport, Shropshire",
    "Cardiff-by-the-Sea",
]


def membership(region):
    if region is None:  # Bridgend
        return [
            {"region": "west-glamorgan", "start": RPB_START, "end": "2019-03-31"},
            {"region": "cwm-taf-morgannwg", "start": BRIDGEND_MOVE, "end": None},
        ]
    return [{"region": region, "start": RPB_START, "end": None}]


def main() -> None:
    data = {
        "regions": [
            {
                "key": k,
                "name": {"en": en, "cy": cy},
                "former_names": [{"en": a, "cy": b} for a, b in former],
            }
            for k, en, cy, former in REGIONS
        ],
        "authorities": [
            {
                "code": code,
                "name": {"en": n_en, "cy": n_cy},
                "council": {"en": c_en, "cy": c_cy},
                "kind": kind,
                "established": "1996-04-01",
                "regions": membership(region),
                "aliases": {"en": a_en, "cy": a_cy},
            }
            for code, n_en, n_cy, c_en, c_cy, kind, region, a_en, a_cy in AUTHORITIES
        ],
        "non_council_bodies": [
            {"name": {"en": en, "cy": cy}, "aliases": {"en": a_en, "cy": a_cy}}
            for en, cy, a_en, a_cy in NON_COUNCIL_BODIES
        ],
        "other_places": [
            {"name": {"en": name, "cy": name}, "aliases": {"en": [], "cy": []}}
            for name in OTHER_PLACES
        ],
    }
    out = Path(__file__).parent.parent / "src" / "carewales" / "data" / "authorities.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

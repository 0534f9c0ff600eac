"""Render every figure kind of kzlib.plots (both styles, and explorer-like redraw sequences) and
write the SHA-256 of each PNG to a JSON file.

Run it before and after a change to the figure code to prove the pixels did not change (or to see
exactly which figures did): ``python tools/figure_hashes.py before.json`` in one checkout, then in
the other, and compare the two files.
"""

import hashlib
import io
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot  # noqa: E402

import kzlib  # noqa: E402  (after choosing the backend)
from kzlib import plots  # noqa: E402

out = {}


def save(name, fig):
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    out[name] = hashlib.sha256(buf.getvalue()).hexdigest()
    matplotlib.pyplot.close(fig)


for projector in (False, True):
    plots.use_style(projector=projector)
    ev = kzlib.load_events()
    cl = kzlib.load_claims()
    jan = kzlib.load_events(start="2022-01-02", end="2022-01-19")
    p = "P" if projector else "N"
    save(p+"timeline", plots.timeline(jan))
    save(p+"timeline_long", plots.timeline(ev))
    save(p+"timeline_empty", plots.timeline(jan.iloc[0:0]))
    save(p+"map", plots.event_map(jan))
    save(p+"map_empty", plots.event_map(jan.iloc[0:0]))
    save(p+"claims", plots.claims_over_time(cl, "fatalities"))
    save(p+"claims_sf", plots.claims_over_time(cl, "fatalities", subject="security_forces"))
    save(p+"contingents", plots.contingents(cl))
    kinds = kzlib.load_sources()["kind"].value_counts()
    save(p + "bar", plots.bar_chart(kinds, title="Kinds", xlabel="Sources (count)",
                                    highlight="state_media"))
    save(p + "bar_marked", plots.bar_chart(kinds, title="Kinds", xlabel="Sources (count)",
                                           highlight="state_media", highlight_label="state",
                                           marked="ngo", marked_label="unconfirmed"))
    save(p + "contingents_countries", plots.contingents(cl[cl.subject != "all_csto"]))
    save(p + "bar_long_title", plots.bar_chart(kinds, xlabel="Sources (count)", title=(
        "A title that states its finding at length, as a lesson's may, and so needs two lines")))
    # redraw sequence on one axes
    fig, ax = plots.new_figure()
    for d in ["2022-01-04","2022-01-05","2022-01-06","2022-01-20"]:
        plots.event_map(jan[jan.event_date <= d], ax=ax)
    save(p+"map_redraw", fig)
    fig, ax = plots.new_figure()
    for m in ["fatalities","detentions","fatalities"]:
        plots.claims_over_time(cl, m, ax=ax)
    save(p+"claims_redraw", fig)
with open(sys.argv[1], "w") as f:
    json.dump(out, f, indent=1)

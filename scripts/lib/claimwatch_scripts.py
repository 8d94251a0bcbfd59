"""Shared helpers of the scripts' Python steps: dropping files as producers should, waiting
on the inbox, reading the journal back, and articles whose claims are new."""
import datetime, json, os, subprocess, time

GROUPS = ["Freedom of Russia Legion", "Russian Volunteer Corps", "Siberian Battalion"]
REGIONS = ["Belgorod", "Kursk", "Bryansk"]


def drop(inbox, name, body):
    """Writes `.NAME.tmp`, then renames it in: the way producers should."""
    tmp = os.path.join(inbox, f".{name}.tmp")
    with open(tmp, "wb") as f:
        f.write(body)
    os.rename(tmp, os.path.join(inbox, name))


def inbox_names(inbox):
    """The names waiting in the inbox (hidden temporaries left out), sorted."""
    return sorted(n for n in os.listdir(inbox) if not n.startswith("."))


def wait_for(predicate, timeout, step=0.05):
    """True once `predicate()` is, False when `timeout` seconds pass first."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def wait_empty(inbox, timeout=120):
    """True once the inbox holds no file but hidden temporaries."""
    return wait_for(lambda: not inbox_names(inbox), timeout)


def journal_entries(*matches):
    """Journal entries matching `FIELD=value` arguments, after `journalctl --sync`."""
    subprocess.run(["journalctl", "--sync"], check=False)
    out = subprocess.run(["journalctl", "-o", "json", "--no-pager", *matches], capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def raid_article(n, start=datetime.date(2022, 1, 1), region=None, tag=None):
    """An article of our own whose raid claim is new: its own day (`start` + n days); the group
    (and, unless given, the region) varies with n. `tag` adds a line that makes the bytes distinct."""
    day = start + datetime.timedelta(days=n)
    group, region = GROUPS[n % 3], region or REGIONS[n % 3]
    when = f"{day.strftime('%B')} {day.day}"
    text = f"Raid reported\n\n{when}, {day.year}\n\nThe {group} said that its fighters had crossed into the {region} region on {when}.\n"
    if tag is not None:
        text += f"\n[{tag}]\n"
    return text.encode()

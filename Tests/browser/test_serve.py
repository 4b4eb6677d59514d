"""versus serve: serves the site, keeps requests inside it, rebuilds and reloads after an edit,
and keeps the last good site while content has errors."""
import contextlib
import http.client
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from urllib.parse import quote

import pytest

from conftest import ROOT, versus_binary


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", path)  # http.client sends the path as given: no normalising of ../
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


@contextlib.contextmanager
def serving():
    """`versus serve` on a site made by `versus init`: (its folder, its port)."""
    folder = tempfile.mkdtemp(prefix="versus-serve-")
    subprocess.run([versus_binary(), "init", folder], check=True, capture_output=True)
    port = free_port()
    process = subprocess.Popen([versus_binary(), "serve", "--port", str(port)], cwd=folder,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                if get(port, "/en/smtp/250.html")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        yield folder, port
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def served():
    """A server of its own, for a test that edits the site."""
    with serving() as (folder, port):
        yield folder, port


@pytest.fixture(scope="module")
def served_unchanged():
    """One server for the tests that only make requests: none of them changes the site."""
    with serving() as (folder, port):
        yield folder, port


def wait_for(port, path, text, cap=15.0):
    start = time.time()
    while time.time() - start < cap:
        status, body = get(port, path)
        if text in body:
            return time.time() - start
        time.sleep(0.05)
    raise AssertionError(f"{text!r} did not appear in {path} within {cap} s")


def test_edit_is_rebuilt_and_served(served):
    folder, port = served
    status, body = get(port, "/en/smtp/250.html")
    assert status == 200
    assert '<script src="/__versus/reload.js"></script>\n</body>' in body
    assert not os.path.exists(os.path.join(folder, "site")), "serve renders in memory and writes nothing"

    entry = os.path.join(folder, "content", "smtp", "250.md")
    text = open(entry).read()
    open(entry, "w").write(text.replace("Nothing needs fixing.", "Nothing at all needs fixing here."))
    delay = wait_for(port, "/en/smtp/250.html", "Nothing at all needs fixing here.")
    print(f"edit visible over HTTP after {delay:.2f} s")
    assert delay < 15


def test_errors_keep_the_last_good_site_and_reach_the_page(served):
    folder, port = served
    entry = os.path.join(folder, "content", "smtp", "550.md")
    good = open(entry).read()
    open(entry, "w").write(good.replace("## How to fix", "## Remedy"))
    deadline = time.time() + 15
    errors = []
    while time.time() < deadline and not errors:
        errors = json.loads(get(port, "/__versus/status")[1])["errors"]
        time.sleep(0.05)
    assert "content/smtp/550.md:20: error: missing section '## How to fix'" in errors
    status, body = get(port, "/en/smtp/550.html")
    assert status == 200 and "How to fix" in body
    open(entry, "w").write(good)
    deadline = time.time() + 15
    while time.time() < deadline and errors:
        errors = json.loads(get(port, "/__versus/status")[1])["errors"]
        time.sleep(0.05)
    assert errors == []


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/en/..%2f..%2f..%2fetc/passwd",
                                  "/en/%2E%2E/%2E%2E/etc/passwd", "/..%5c..%5cetc/passwd", "/en/smtp/../../../etc/passwd"])
def test_paths_outside_the_site_get_404(served_unchanged, path):
    _, port = served_unchanged
    status, body = get(port, path)
    assert status == 404
    assert "root:" not in body


def test_open_page_reloads_and_shows_errors_as_an_overlay(served, browser):
    folder, port = served
    page = browser.new_page()
    page.goto(f"http://127.0.0.1:{port}/en/smtp/550.html")
    entry = os.path.join(folder, "content", "smtp", "550.md")
    good = open(entry).read()
    open(entry, "w").write(good.replace("Check the address for typos", "Check the address for mistakes"))
    page.wait_for_function("document.body.textContent.includes('Check the address for mistakes')", timeout=15000)
    open(entry, "w").write(good.replace("## How to fix", "## Remedy"))
    page.locator("#versus-errors").wait_for(timeout=15000)
    assert "missing section '## How to fix'" in page.locator("#versus-errors").inner_text()
    open(entry, "w").write(good)
    page.locator("#versus-errors").wait_for(state="detached", timeout=15000)
    page.close()


def save_by_rename(path, text):
    """Most editors and tools: write a temporary file beside it, then rename it over the original."""
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "w") as handle:
        handle.write(text)
    os.replace(temporary, path)


def save_in_place(path, text):
    """nano, `>` in a shell: truncate the file, then write into it."""
    with open(path, "r+") as handle:
        handle.truncate(0)
        handle.flush()
        handle.write(text)


def save_like_vim(path, text):
    """Vim with backupcopy=no: probe with 4913, move the original to name~, write a new file, drop the backup."""
    folder = os.path.dirname(path)
    open(os.path.join(folder, "4913"), "w").close()
    os.remove(os.path.join(folder, "4913"))
    os.rename(path, path + "~")
    with open(path, "w") as handle:
        handle.write(text)
    os.remove(path + "~")


def save_like_emacs(path, text):
    """Emacs: a lock (a dangling link .#name) while editing, an autosave #name#, then a rename over the original."""
    folder, name = os.path.dirname(path), os.path.basename(path)
    lock, autosave = os.path.join(folder, ".#" + name), os.path.join(folder, "#" + name + "#")
    os.symlink("user@host.1234:1700000000", lock)
    with open(autosave, "w") as handle:
        handle.write(text[: len(text) // 2])
    save_by_rename(path, text)
    os.remove(autosave)
    os.remove(lock)


@pytest.mark.parametrize("save", [save_by_rename, save_in_place, save_like_vim, save_like_emacs])
def test_every_way_an_editor_saves_is_rebuilt(served, save):
    folder, port = served
    entry = os.path.join(folder, "content", "smtp", "250.md")
    text = open(entry).read()
    marker = "Saved by " + save.__name__.replace("_", " ") + "."
    anchor = "## How to fix\n"
    assert anchor in text
    save(entry, text.replace(anchor, anchor + "\n" + marker + "\n", 1))
    wait_for(port, "/en/smtp/250.html", marker)
    assert json.loads(get(port, "/__versus/status")[1])["errors"] == []
    assert not os.path.exists(os.path.join(folder, "site"))
    for leftover in ["4913", "250.md~", ".250.md.tmp", "#250.md#"]:
        assert get(port, "/en/smtp/" + quote(leftover))[0] == 404


def request(port, method, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request(method, path)
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def test_a_folder_without_its_slash_is_redirected_as_static_servers_do(served_unchanged):
    _, port = served_unchanged
    for folder in ["/en", "/en/smtp"]:
        status, headers, _ = request(port, "GET", folder)
        assert (status, headers.get("Location")) == (301, folder + "/")
        assert get(port, folder + "/")[0] == 200


def test_only_get_and_head_are_answered(served_unchanged):
    _, port = served_unchanged
    status, headers, body = request(port, "HEAD", "/en/smtp/250.html")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
    for method in ["POST", "PUT", "DELETE", "OPTIONS"]:
        status, headers, _ = request(port, method, "/en/smtp/250.html")
        assert (status, headers.get("Allow")) == (405, "GET, HEAD")


def test_assets_get_their_media_types(served):
    folder, port = served
    assets = os.path.join(folder, "templates", "assets")
    os.makedirs(assets, exist_ok=True)
    expected = {"logo.jpg": "image/jpeg", "font.woff2": "font/woff2", "app.mjs": "text/javascript; charset=utf-8",
                "page.htm": "text/html; charset=utf-8", "site.webmanifest": "application/manifest+json"}
    for name in expected:
        open(os.path.join(assets, name), "wb").write(b"x")
    for name, media_type in expected.items():
        deadline = time.time() + 15
        while get(port, "/assets/" + name)[0] != 200 and time.time() < deadline:
            time.sleep(0.05)
        assert request(port, "GET", "/assets/" + name)[1]["Content-Type"] == media_type

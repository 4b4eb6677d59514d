"""docs/publishing.md is what is tested: its nginx configuration, run by Debian's nginx on loopback, serves a site
built with --redirects nginx as documented; its CI recipes parse as YAML and TOML, and every versus command in them
runs with real flags."""
import contextlib
import http.client
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import textwrap
import time
import tomllib

import yaml

from conftest import ROOT, versus_binary

DOC = os.path.join(ROOT, "docs", "publishing.md")
FIXTURE = os.path.join(ROOT, "Tests", "VersusKitTests", "Fixtures", "basic", "content")


def blocks(language):
    """The fenced code blocks of the document in `language`, in order (also those indented in a list)."""
    text = open(DOC, encoding="utf-8").read()
    return [textwrap.dedent(block) for block in re.findall(r"^ *```" + language + r"\n(.*?)^ *```$", text, re.S | re.M)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path):
    """One request, redirects not followed: (status, headers, body bytes)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def read(site, path):
    with open(os.path.join(site, path), "rb") as file:
        return file.read()


@contextlib.contextmanager
def nginx_serving(mode):
    """The fixture site built with --redirects `mode`, served by nginx with the document's configuration (its paths
    and port replaced; without the map lines for other modes than nginx, as the document says), in a temporary
    prefix: (port, site folder)."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    assert os.access(nginx, os.X_OK), "Debian's nginx is required (make test-deps installs it)"
    folder = tempfile.mkdtemp(prefix="versus-nginx-")
    process = None
    try:
        content = os.path.join(folder, "content")
        shutil.copytree(FIXTURE, content)
        site = os.path.join(folder, "site")
        subprocess.run([versus_binary(), "build", "--content", content, "--templates", os.path.join(ROOT, "templates"),
                        "--output", site, "--redirects", mode, "--quiet"], check=True, capture_output=True)
        (config,) = blocks("nginx")
        if mode != "nginx":
            config = re.sub(r"^include .*redirects\.nginx\.conf;\n", "", config, flags=re.M)
            config = re.sub(r"^ *if \(\$versus_redirect\) \{\n.*?\n *\}\n", "", config, flags=re.M | re.S)
            assert "$versus_redirect" not in config
        port = free_port()
        config = (config.replace("/var/www/versus/site", site).replace("listen 80;", f"listen 127.0.0.1:{port};")
                  .replace("listen [::]:80;\n", ""))
        assert f"listen 127.0.0.1:{port};" in config and f"root {site};" in config
        prefix = os.path.join(folder, "nginx")
        os.makedirs(prefix)
        temporary = "".join(f"    {name}_temp_path {prefix}/{name};\n" for name in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
        main = os.path.join(prefix, "nginx.conf")
        with open(main, "w") as file:
            # What Debian's nginx.conf gives a conf.d file: the http block with the MIME types; the rest keeps nginx
            # in the foreground, as this user, with every file in the temporary prefix.
            file.write(f"daemon off;\nmaster_process off;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
                       f"events {{ worker_connections 64; }}\n"
                       f"http {{\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
                       f"    access_log off;\n{temporary}{config}}}\n")
        process = subprocess.Popen([nginx, "-p", prefix, "-c", main, "-e", os.path.join(prefix, "error.log")],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 20
        while True:
            if process.poll() is not None:
                raise AssertionError(f"nginx stopped: {process.stdout.read()}{open(os.path.join(prefix, 'error.log')).read()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline:
                    raise AssertionError("nginx did not listen within 20 s")
                time.sleep(0.05)
        yield port, site
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def test_nginx_serves_the_site_as_documented():
    with nginx_serving("nginx") as (port, site):
        status, headers, body = get(port, "/en/mail/250.html")
        assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
        assert body == read(site, "en/mail/250.html")
        assert get(port, "/")[::2] == (200, read(site, "index.html"))
        assert get(port, "/en/")[::2] == (200, read(site, "en/index.html"))

        status, headers, body = get(port, "/assets/style.css")
        assert (status, headers["Cache-Control"], body) == (200, "public, max-age=604800", read(site, "assets/style.css"))
        assert headers["Content-Type"] == "text/css; charset=utf-8"
        assert "Cache-Control" not in get(port, "/en/mail/250.html")[1], "pages are not cached for long"

        status, headers, body = get(port, "/en/mail/999.html")
        assert (status, body) == (404, read(site, "404.html"))
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert get(port, "/redirects.nginx.conf")[::2] == (404, read(site, "404.html")), "the map is not served"


def test_nginx_answers_every_reversed_pair_with_a_redirect_to_its_page():
    with nginx_serving("nginx") as (port, site):
        rules = re.findall(r"^    (\S+) (\S+);$", read(site, "redirects.nginx.conf").decode(), re.M)
        assert len(rules) == 6 and ("/en/mail/354-vs-250.html", "/en/mail/250-vs-354.html") in rules
        for source, target in rules:
            assert not os.path.exists(os.path.join(site, source[1:])), "no redirect page under --redirects nginx"
            status, headers, _ = get(port, source)
            assert (status, headers["Location"]) == (301, f"http://127.0.0.1:{port}{target}")
            assert get(port, target)[::2] == (200, read(site, target[1:]))


def test_nginx_without_the_map_serves_the_redirect_pages():
    with nginx_serving("files") as (port, site):
        status, headers, body = get(port, "/en/mail/354-vs-250.html")
        assert (status, headers["Content-Type"], body) == (200, "text/html; charset=utf-8", read(site, "en/mail/354-vs-250.html"))
        assert b'http-equiv="refresh"' in body and b"250-vs-354.html" in body


def recipes():
    """(name, parsed value) of each YAML and TOML block."""
    parsed = [("yaml", yaml.safe_load(block)) for block in blocks("yaml")]
    return parsed + [("toml", tomllib.loads(block)) for block in blocks("toml")]


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_recipes_parse():
    parsed = recipes()
    assert [kind for kind, _ in parsed] == ["yaml", "yaml", "toml", "toml"]
    github, gitlab, netlify, wrangler = (value for _, value in parsed)
    steps = [step.get("uses", "") for job in github["jobs"].values() for step in job["steps"]]
    assert any(uses.startswith("actions/upload-pages-artifact@") for uses in steps)
    assert any(uses.startswith("actions/deploy-pages@") for uses in steps)
    assert gitlab["pages"]["artifacts"]["paths"] == ["public"]
    assert netlify["build"]["publish"] == "site" and netlify["headers"][0]["for"] == "/assets/*"
    assert wrangler["pages_build_output_dir"] == "site"
    for text in strings([github, gitlab, netlify]):
        for url in re.findall(r"https?://\S*\.tar\.gz", text):
            assert re.search(r"/versus-[0-9][^/]*-linux-x86_64\.tar\.gz$", url), url


COMMAND = re.compile(r'(?:\bversus|"\$\(find [^)]*\)")\s+(build|check)\b([^&;|\n]*)')


def commands(text):
    """Each `versus build|check ...` of a shell text, as arguments, with CI variables given example values."""
    text = re.sub(r"\$\{\{[^}]*\}\}", "https://example.org/codes", text)
    text = re.sub(r"\$(?!\()\{?[A-Z_]+\}?", "https://example.org", text)
    return [[subcommand] + shlex.split(rest) for subcommand, rest in COMMAND.findall(text)]


def test_recipe_commands_use_real_flags():
    help_text = {sub: subprocess.run([versus_binary(), sub, "--help"], capture_output=True, text=True, check=True).stdout
                 for sub in ["build", "check"]}
    sources = [list(strings(value)) for _, value in recipes()] + [[block] for block in blocks("sh")]
    runs = []
    for texts in sources:
        found = [command for text in texts for command in commands(text)]
        if found:
            runs.append(found)
    assert sum(len(found) for found in runs) == 7, runs
    for found in runs:
        folder = tempfile.mkdtemp(prefix="versus-recipe-")
        try:
            shutil.copytree(FIXTURE, os.path.join(folder, "content"))
            for command in found:
                for flag in (argument.split("=")[0] for argument in command if argument.startswith("-")):
                    assert re.search(r"(^|\s)" + re.escape(flag) + r"\b", help_text[command[0]]), f"{flag} of {command}"
                arguments = ["out" if argument.startswith("/tmp/") else argument for argument in command]
                run = subprocess.run([versus_binary()] + arguments, cwd=folder, capture_output=True, text=True)
                assert run.returncode == 0, f"{command}: {run.stderr}"
        finally:
            shutil.rmtree(folder, ignore_errors=True)

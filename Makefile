# Two entry points for a fresh machine:  `make demo`  and  `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
RP     := $(VENV)/bin/realpolitik
DB     ?= out/examples.duckdb

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Debian's chromium drives the browser tests (Playwright never downloads a browser here).
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

demo: $(VENV)/.installed
	mkdir -p out
	rm -f $(DB)
	$(RP) ingest examples/ --db $(DB)
	$(RP) dyads --db $(DB) --period year
	$(RP) tilt BLR --between RUS --and WEST --period year --db $(DB)
	$(RP) report --db $(DB) --out out/report.html --state BLR --between RUS --and WEST

test: $(VENV)/.installed /usr/bin/chromium
	$(PY) -m pytest -q

# The README's picture of the report (needs chromium, as the browser tests do).
screenshot: demo /usr/bin/chromium
	$(PY) -m realpolitik.report.screenshot out/report.html docs/img/report.png --height 2400

# The figures in the README's table.
benchmarks: $(VENV)/.installed
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/speed.py

.PHONY: install demo test screenshot benchmarks

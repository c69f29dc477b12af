# Sourced by ./sinergi and deploy/bench/performance: chooses the JDK that packages and runs the
# services. A JDK 25 or newer where one is found (SINERGI_JAVA_HOME, then JAVA_HOME, then the
# newest under /usr/lib/jvm): the build then writes each service's AOT cache (Maven profile
# jdk25-aot-cache) and the services start from it. Otherwise the JDK already chosen (17 or newer),
# with the AppCDS archive instead. deploy/README.md, "JDK and start-up caches", has the figures.

java_feature() { # JDK home → its feature version (17, 25, …), or nothing (never fails: callers run under set -e)
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true
}

choose_java_home() {
  if [ -n "${SINERGI_JAVA_HOME:-}" ]; then
    echo "$SINERGI_JAVA_HOME"
    return
  fi
  local best="" best_feature=0 candidate feature
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    feature="$(java_feature "$candidate")"
    if [ -n "$feature" ] && [ "$feature" -ge 25 ] && [ "$feature" -gt "$best_feature" ]; then
      best="$candidate" best_feature="$feature"
    fi
  done
  echo "${best:-${JAVA_HOME:-}}"
}

chosen="$(choose_java_home)"
if [ -n "$chosen" ]; then
  export JAVA_HOME="$chosen"
  export PATH="$JAVA_HOME/bin:$PATH"
fi
unset chosen

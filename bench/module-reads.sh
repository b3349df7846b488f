#!/usr/bin/env bash
# Why basis-models keeps "requires commons.math3; requires ejml.core; requires ejml.ddense;" in its
# module-info.java despite Maven's "Required filename-based automodules detected" warning (README,
# "Use it as a dependency"). The alternative the warning suggests, leaving the two libraries out of
# the descriptor and compiling with --add-reads io.github.basisspread.models=ALL-UNNAMED, is built
# here from the compiled classes, and a module-path user's program is run against both
# descriptors. Needs a build first (mvn -B -o install -DskipTests). Prints one line per case.
set -euo pipefail
cd "$(dirname "$0")/.."
m2="${M2_REPO:-$HOME/.m2/repository}"
math3="$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
ejml="$m2/org/ejml/ejml-core/0.46.1/ejml-core-0.46.1.jar:$m2/org/ejml/ejml-ddense/0.46.1/ejml-ddense-0.46.1.jar"
core=basis-core/target/classes
models=basis-models/target/classes
for f in "$math3" "$core/module-info.class" "$models/module-info.class"; do
  [ -e "${f%%:*}" ] || { echo "missing $f: build first (mvn -B -o install -DskipTests)" >&2; exit 2; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# basis-models with the three requires removed: the same classes, another descriptor.
mkdir -p "$tmp/src" "$tmp/noreq"
sed '/requires commons.math3;/d;/requires ejml\./d' basis-models/src/main/java/module-info.java >"$tmp/src/module-info.java"
cp -r "$models/io" "$tmp/noreq/"
javac -d "$tmp/noreq" --module-path "$core" --patch-module "io.github.basisspread.models=$models" \
  "$tmp/src/module-info.java"

# A user's module: a normal-VaR of five P&L values (ValueAtRisk uses Commons Math's normal).
mkdir -p "$tmp/user/src/user" "$tmp/user/out"
cat >"$tmp/user/src/module-info.java" <<'JAVA'
module user { requires io.github.basisspread.models; }
JAVA
cat >"$tmp/user/src/user/Main.java" <<'JAVA'
package user;
public final class Main {
    public static void main(String[] args) {
        double[] pnl = {-3, 1, 2, -1, 4, 0.5, -2};
        System.out.println("ok, VaR " + io.github.basisspread.models.risk.ValueAtRisk.normal(pnl, 0.99).valueAtRisk());
    }
}
JAVA
javac -d "$tmp/user/out" --module-path "$core:$models:$math3:$ejml" \
  "$tmp/user/src/module-info.java" "$tmp/user/src/user/Main.java"

run() { # label, then java arguments
  local label="$1"; shift
  local out
  if out="$(java "$@" -m user/user.Main 2>&1)"; then
    printf '%-58s %s\n' "$label" "$(tail -1 <<<"$out")"
  else
    printf '%-58s %s\n' "$label" "$(grep -m1 -o 'java.lang.[A-Za-z]*Error.*' <<<"$out" | cut -c1-150)"
  fi
}
run "descriptor as shipped, libraries on the module path:" -p "$tmp/user/out:$core:$models:$math3:$ejml"
run "requires left out, libraries on the module path:" -p "$tmp/user/out:$core:$tmp/noreq:$math3:$ejml" \
  --add-modules commons.math3
run "requires left out, libraries on the class path:" -p "$tmp/user/out:$core:$tmp/noreq" -cp "$math3:$ejml"
run "requires left out, class path and --add-reads:" -p "$tmp/user/out:$core:$tmp/noreq" -cp "$math3:$ejml" \
  --add-reads io.github.basisspread.models=ALL-UNNAMED

# Sourced by the benchmark scripts: copies what compiling a report needs into a work folder (the program, the engine,
# the generator, the report's project and templates), leaving the repository's own bin/ and obj/ untouched.
# copy_sources REPO WORK
copy_sources() {
  local repo=$1 work=$2 project
  cp -r "$repo/Directory.Build.props" "$repo/Directory.Packages.props" "$repo/global.json" "$repo/templates" "$work/"
  [ -f "$repo/Report.csproj" ] && cp "$repo/Report.csproj" "$work/"
  for project in src/SiteGen src/SiteGen.Engine src/SiteGen.Report generators/SiteGen.Generators; do
    [ -d "$repo/$project" ] || continue
    mkdir -p "$work/$project"
    tar -C "$repo/$project" --exclude=./bin --exclude=./obj -cf - . | tar -C "$work/$project" -xf -
  done
}

# The project that compiles the content: the report's own, or (before the program and the report were apart) the
# program.   content_project WORK
content_project() {
  if [ -f "$1/Report.csproj" ]; then echo "$1/Report.csproj"; else echo "$1/src/SiteGen"; fi
}

# The synthetic archive's program (bench/SiteGen.Corpus), built in Release; prints the path of its assembly.
#   corpus_program REPO
corpus_program() {
  dotnet build "$1/bench/SiteGen.Corpus" -c Release -v q -nologo > /dev/null
  echo "$1/bench/SiteGen.Corpus/bin/Release/net10.0/SiteGen.Corpus.dll"
}

# Sourced by the benchmark scripts: copies what compiling the report needs into a work folder, leaving the
# repository's own bin/ and obj/ untouched.   copy_sources REPO WORK
copy_sources() {
  local repo=$1 work=$2 project
  cp -r "$repo/Directory.Build.props" "$repo/Directory.Packages.props" "$repo/global.json" "$repo/templates" "$work/"
  for project in src/SiteGen src/SiteGen.Engine generators/SiteGen.Generators; do
    mkdir -p "$work/$project"
    (cd "$repo/$project" && find . -path ./bin -prune -o -path ./obj -prune -o -type f -print | cpio -pdm --quiet "$work/$project")
  done
}

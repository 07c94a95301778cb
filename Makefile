# Built by `sam build` (Metadata: BuildMethod: makefile): one publish, copied for every function,
# so no Amazon.Lambda.Tools is needed.

PUBLISH_DIR := $(CURDIR)/artifacts/publish

.PHONY: publish
publish:
	dotnet publish src/product/EksProvisioner.Functions/EksProvisioner.Functions.csproj -c Release -r linux-arm64 --self-contained false -p:PublishReadyToRun=true -o $(PUBLISH_DIR)

# sam build runs `make build-<LogicalId> ARTIFACTS_DIR=...` for each function; this one rule serves them all,
# so a new stage needs no line here.
build-%: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

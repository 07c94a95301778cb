# Built by `sam build` (Metadata: BuildMethod: makefile): one publish, copied for every function,
# so no Amazon.Lambda.Tools is needed.

PUBLISH_DIR := $(CURDIR)/artifacts/publish

.PHONY: publish
publish:
	dotnet publish src/product/EksProvisioner.Functions/EksProvisioner.Functions.csproj -c Release -r linux-arm64 --self-contained false -p:PublishReadyToRun=true -o $(PUBLISH_DIR)

build-ValidateRequestFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateClusterRoleFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateNodeRolesFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateNetworkFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CheckNetworkFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateClusterFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CheckClusterFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateNodegroupFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CheckNodegroupFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateFargateProfileFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CheckFargateProfileFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateAddonsFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CheckAddonsFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-CreateAccessEntriesFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-BuildOutputFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-DeleteAccessAndAddonsFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-DeleteFargateProfilesFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-DeleteNodegroupsFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-DeleteClusterFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-DeleteNatGatewaysFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-DeleteNetworkFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-DeleteRolesFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-VerifyTeardownFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-WebhookFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-ReaperFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

build-EventsFunction: publish
	cp -r $(PUBLISH_DIR)/. $(ARTIFACTS_DIR)/

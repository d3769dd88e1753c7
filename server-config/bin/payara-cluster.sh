# shellcheck shell=bash
# A hospital as several server instances, sourced by payara.sh: inside the hospital's domain, a deployment group
# (medmesh) of H_INSTANCES instances on the domain's own node, sharing one configuration (medmesh-config, a copy of the
# default one set up like the single server's: listeners on EHR_ADDRESS, no OpenMQ, the heap, the hospital's
# properties with hospital.broker.embedded=false). Instance k opens its ports from portbase H_BASE + 100 k, its data
# grid member port included; all of them join the hospital's own Hazelcast cluster (H_CLUSTER, on EHR_ADDRESS), which
# keeps the HTTP sessions of the application deployed with availability. The broker is a process of its own
# (broker.sh). docs/cluster.md.

CLUSTER_CONFIG=medmesh-config
CLUSTER_GROUP=medmesh

cluster_node() { printf 'localhost-%s' "$H_ID"; }

# cluster_grid_members: the data grid's fixed member addresses: the DAS's, then each instance's (portbase + 49).
cluster_grid_members() {
    local k members="$EHR_ADDRESS:$((H_BASE + 49))"
    for ((k = 1; k <= H_INSTANCES; k++)); do
        members+=",$EHR_ADDRESS:$(($(ehr_instance_base "$k") + 49))"
    done
    printf '%s' "$members"
}

# cluster_configure PROPS: the shared configuration, the group and its instances, made or brought up to date, then
# started. Succeeds once every instance runs with the properties.
cluster_configure() {
    local props=$1 c="configs.config.$CLUSTER_CONFIG" name k
    cluster_undeploy_from_das
    if ! remote_output list-configs | grep -qx "$CLUSTER_CONFIG"; then
        remote copy-config default-config "$CLUSTER_CONFIG" || fail_with_log "copy-config failed for $H_ID."
    fi
    local -a settings=()
    mapfile -t settings < <(listener_settings "$CLUSTER_CONFIG")
    settings+=("$c.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32"
        "$c.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8"
        "$c.availability-service.web-container-availability.persistence-type=hazelcast")
    remote set "${settings[@]}" || fail_with_log "setting up $CLUSTER_CONFIG failed for $H_ID."
    cluster_jvm_options

    remote create-system-properties --target "$CLUSTER_CONFIG" "$(sysprops_operand "$props")" ||
        fail_with_log "create-system-properties --target $CLUSTER_CONFIG failed for $H_ID."

    if ! remote_output list-deployment-groups | grep -qE "^[[:space:]]*$CLUSTER_GROUP[[:space:]]*$"; then
        remote create-deployment-group "$CLUSTER_GROUP" || fail_with_log "create-deployment-group failed for $H_ID."
    fi
    local instances
    instances=$(remote_output list-instances --long=true) || fail_with_log "list-instances failed for $H_ID."
    for ((k = 1; k <= H_INSTANCES; k++)); do
        name=$(ehr_instance_name "$k")
        if ! grep -q "^$name " <<<"$instances"; then
            # The member port is a system property of the instance: its configuration is shared with the others.
            remote create-instance --node "$(cluster_node)" --config "$CLUSTER_CONFIG" \
                --portbase "$(ehr_instance_base "$k")" \
                --systemproperties "HZ_LISTENER_PORT=$(($(ehr_instance_base "$k") + 49))" \
                --checkports=true "$name" || fail_with_log "create-instance $name failed."
            remote add-instance-to-deployment-group --instance "$name" --deploymentgroup "$CLUSTER_GROUP" ||
                fail_with_log "add-instance-to-deployment-group $name failed."
            ehr_say "instance $name created (portbase $(ehr_instance_base "$k"))"
        fi
    done
    # The instances' copies of the domain's configuration (the grid's secret name) and their logs: owner only.
    ehr_private_dir "$PAYARA_HOME/glassfish/nodes"
    cluster_restart_running
    cluster_start
    verify_properties "$props" "$(ehr_instance_name 1)"
}

# The configuration's JVM options: the heap as the single server's, Hazelcast bound to EHR_ADDRESS only.
cluster_jvm_options() {
    local option listed
    listed=$(remote_output list-jvm-options --target "$CLUSTER_CONFIG") ||
        fail_with_log "list-jvm-options --target $CLUSTER_CONFIG failed for $H_ID."
    while read -r option; do
        [[ $option == "-Xmx$EHR_SERVER_HEAP" ]] && continue
        remote delete-jvm-options --target "$CLUSTER_CONFIG" -- "$option" ||
            fail_with_log "delete-jvm-options $option failed for $H_ID."
    done < <(grep -E -- '^-Xmx' <<<"$listed" | sort -u)
    grep -qx -- "-Xmx$EHR_SERVER_HEAP" <<<"$listed" ||
        remote create-jvm-options --target "$CLUSTER_CONFIG" -- "-Xmx$EHR_SERVER_HEAP" ||
        fail_with_log "sizing the heap of $CLUSTER_CONFIG failed for $H_ID."
    grep -qx -- '-Dhazelcast.socket.bind.any=false' <<<"$listed" ||
        remote create-jvm-options --target "$CLUSTER_CONFIG" -- '-Dhazelcast.socket.bind.any=false' ||
        fail_with_log "create-jvm-options (Hazelcast bind) failed for $H_ID."
}

# The instances that run now restart when their configuration changed (a running server keeps what it read).
cluster_restart_running() {
    local k name
    for ((k = 1; k <= H_INSTANCES; k++)); do
        name=$(ehr_instance_name "$k")
        if cluster_instance_running "$name"; then
            remote stop-instance "$name" || fail_with_log "stop-instance $name failed."
            cluster_start_instance "$name"
        fi
    done
}

cluster_instance_running() {
    local line
    line=$(remote_output list-instances --long=true | grep -E "^$1 ") || return 1
    [[ $line == *running* && $line != *"not running"* ]]
}

# cluster_start: every instance of the group runs (started one by one: only those that do not run yet).
cluster_start() {
    local k name
    for ((k = 1; k <= H_INSTANCES; k++)); do
        name=$(ehr_instance_name "$k")
        cluster_instance_running "$name" && continue
        cluster_start_instance "$name"
        ehr_say "instance $name started ($(ehr_instance_url "$k"))"
    done
}

# cluster_start_instance NAME: started on this host (the master password, which the domain does not save, comes from
# the mode-600 password file), in a session of its own like the domain (start_domain).
cluster_start_instance() {
    printf '\n$ asadmin start-local-instance --node %s --sync normal %s\n' "$(cluster_node)" "$1" >>"$H_LOG"
    MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
        setsid -w "$ASADMIN" --interactive=false --user admin --passwordfile "$H_PASSWORDS" start-local-instance \
        --node "$(cluster_node)" --sync normal --timeout "$EHR_START_TIMEOUT" "$1" </dev/null >>"$H_LOG" 2>&1 9>&- ||
        fail_with_log "start-local-instance $1 failed." \
            "Instance log: $PAYARA_HOME/glassfish/nodes/$(cluster_node)/$1/logs/server.log"
}

# cluster_stop: the group's instances stop (asadmin; those that do not answer are killed).
cluster_stop() {
    local k name
    for ((k = 1; k <= H_INSTANCES; k++)); do
        name=$(ehr_instance_name "$k")
        if ehr_domain_pid >/dev/null && cluster_instance_running "$name"; then
            remote stop-instance "$name" || ehr_warn "stop-instance $name failed; killing it"
        fi
        cluster_kill_instance "$name"
    done
}

# cluster_instance_pids NAME: the JVMs of one instance, found by its instance root.
cluster_instance_pids() {
    pgrep -f -- "-Dcom.sun.aas.instanceRoot=$PAYARA_HOME/glassfish/nodes/$(cluster_node)/$1( |$)" || true
}

cluster_kill_instance() {
    local pid deadline=$((SECONDS + 30))
    for pid in $(cluster_instance_pids "$1"); do
        kill -9 "$pid" 2>/dev/null || true
    done
    while [[ -n $(cluster_instance_pids "$1") ]]; do
        ((SECONDS < deadline)) || fail_with_log "Instance $1 does not die."
        sleep 0.2
    done
}

# cluster_undeploy_from_das: the application a single server ran is taken off the DAS. This must happen before an
# instance starts: an instance copies the DAS's domain.xml when it starts, and with the application listed there but not
# referenced by the instance, Payara counts the application disabled on the instance when it is deployed to the group
# later, and refuses the managed threads its startup singletons start ("Module medmesh is disabled").
cluster_undeploy_from_das() {
    if awk -v app="ref=\"$EHR_APP_NAME\"" '/<server [^>]*name="server"/ { das = 1 } das && /<\/server>/ { das = 0 }
        das && /<application-ref / && index($0, app) { found = 1 } END { exit !found }' "$H_DOMAIN_DIR/config/domain.xml"
    then
        remote undeploy --target server "$EHR_APP_NAME" || fail_with_log "undeploying $EHR_APP_NAME from the DAS failed."
    fi
}

# cluster_deploy EAR: the EAR deployed to the group with availability (HTTP sessions kept in the data grid), in place
# of a deployment on the single server.
cluster_deploy() {
    local ear=$1
    cluster_undeploy_from_das
    remote deploy --name "$EHR_APP_NAME" --contextroot / --force=true --target "$CLUSTER_GROUP" \
        --availabilityenabled=true "$ear" ||
        fail_with_log "Deploying $ear to the instances of $H_ID failed."
}

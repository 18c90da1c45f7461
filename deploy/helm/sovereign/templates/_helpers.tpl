{{/* The Valkey subchart's Service name (its valkey.fullname, default naming). */}}
{{- define "sovereign.valkeyHost" -}}
{{- if contains "valkey" .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-valkey" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end }}

{{/* The vault keyring Secret: the one given, or the one the chart creates. */}}
{{- define "sovereign.vaultKeySecret" -}}
{{- .Values.store.vaultKeySecret | default (printf "%s-vault-keys" .Release.Name) -}}
{{- end }}

{{/* Whether the replicas share a store (the Valkey subchart or an external URL). */}}
{{- define "sovereign.sharedStore" -}}
{{- if or .Values.valkey.enabled .Values.store.url -}}true{{- end -}}
{{- end }}

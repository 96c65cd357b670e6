/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.corspolicy.spring.autoconfigure;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.scope.refresh.RefreshScopeRefreshedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

import io.github.corspolicy.spring.live.LiveCorsRefresher;

/**
 * Rebinds the {@code cors.*} properties into a new object and rebuilds the snapshot when Spring
 * Cloud says the environment changed ({@code EnvironmentChangeEvent}, whatever keys it names: the
 * rebuild finds out whether the policy changed) or the refresh scope was refreshed. The rebuild
 * runs on the refresh thread, never on the thread that published the event.
 */
final class CloudPropertiesRefresh implements SmartApplicationListener {

	private final LiveCorsRefresher refresher;

	CloudPropertiesRefresh(LiveCorsRefresher refresher) {
		this.refresher = refresher;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return EnvironmentChangeEvent.class.isAssignableFrom(eventType)
				|| RefreshScopeRefreshedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		this.refresher.refreshPropertiesSoon();
	}

}

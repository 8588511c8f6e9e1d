package id.musrenflow.base.ui;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonObject;

/** Browser events Karibu does not simulate on its own. */
public final class MockBrowser {

    private MockBrowser() {
    }

    /** The window resize {@code Page} listens for, as the browser sends it once the debounce has elapsed. */
    public static void resizeWindow(int width, int height) {
        JsonObject size = Json.createObject();
        size.put("event.w", width);
        size.put("event.h", height);
        size.put("for", "trailing");
        BasicUtilsKt._fireDomEvent(UI.getCurrent(), "window-resize", size);
    }
}

import { journeyMetadata, journeyRoute } from "@/components/journeys/JourneyRoute";

export const generateMetadata = journeyMetadata("post-assessment");

export default journeyRoute("post-assessment");

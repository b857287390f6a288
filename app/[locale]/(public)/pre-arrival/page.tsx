import { journeyMetadata, journeyRoute } from "@/components/journeys/JourneyRoute";

export const generateMetadata = journeyMetadata("pre-arrival");

export default journeyRoute("pre-arrival");
